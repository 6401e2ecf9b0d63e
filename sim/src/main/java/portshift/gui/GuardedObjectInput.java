package portshift.gui;

import java.io.IOException;
import java.io.InputStream;
import java.io.InvalidObjectException;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a checkpoint through a {@link CheckpointFilter}, and checks each collection, map and record as
 * it arrives. The filter alone cannot stop a hashing bomb: sets nested in sets make each insertion
 * hash everything below it, doubling the work at each level, and 25 levels (shallower than a real
 * checkpoint's 22 plus a margin) already take seconds. So, before a finished object can be inserted
 * into its parent, this refuses it when collections and records nest in it more than
 * {@link #MAX_NESTING} deep, or when hashing it would visit more than {@link #MAX_SIZE} values; and it
 * refuses a hashed collection whose keys are collections or records, which a real checkpoint never
 * holds. A deadline, checked between objects, bounds whatever these checks do not foresee.
 */
final class GuardedObjectInput extends ObjectInputStream {
    /** Real checkpoints: 6 (the configuration's records and lists), 6,049 values, well under 2 s. */
    static final int MAX_NESTING = 16;
    static final long MAX_SIZE = 100_000;
    /** Processor time the reading thread may spend, not wall time: a busy machine must not refuse a good file. */
    static final long DEADLINE_NANOS = 10_000_000_000L;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final CheckpointFilter filter = new CheckpointFilter();
    private final Map<Object, long[]> measured = new IdentityHashMap<>();
    private final long deadline = cpuNanos() + DEADLINE_NANOS;
    private String reason;

    GuardedObjectInput(InputStream in) throws IOException {
        super(in);
        setObjectInputFilter(info -> {
            if (cpuNanos() > deadline) {
                refuse("reading it takes more than " + DEADLINE_NANOS / 1_000_000_000 + " s of processor time");
                return ObjectInputFilter.Status.REJECTED;
            }
            return filter.checkInput(info);
        });
        enableResolveObject(true);
    }

    /** Why the stream was refused, or null. */
    String reason() {
        return filter.reason() != null ? filter.reason() : reason;
    }

    @Override
    protected Object resolveObject(Object obj) throws IOException {
        List<Object> parts = parts(obj);
        if (parts == null) {
            return obj;
        }
        long size = 1;
        long nesting = 0;
        for (Object part : parts) {
            long[] m = measured.get(part);
            size += m == null ? 1 : m[0];
            nesting = Math.max(nesting, m == null ? 0 : m[1]);
        }
        nesting++;
        if (nesting > MAX_NESTING) {
            throw refuse("collections nested deeper than " + MAX_NESTING);
        }
        if (size > MAX_SIZE) {
            throw refuse("a collection of more than " + MAX_SIZE + " values");
        }
        if (hashedKeys(obj).stream().anyMatch(measured::containsKey)) {
            throw refuse("a set or map keyed by collections");
        }
        if (cpuNanos() > deadline) {
            throw refuse("reading it takes more than " + DEADLINE_NANOS / 1_000_000_000 + " s of processor time");
        }
        measured.put(obj, new long[] {size, nesting});
        return obj;
    }

    /** The reading thread's processor time (its wall time where the JVM cannot measure it). */
    private static long cpuNanos() {
        long cpu = THREADS.isCurrentThreadCpuTimeSupported() ? THREADS.getCurrentThreadCpuTime() : -1;
        return cpu >= 0 ? cpu : System.nanoTime();
    }

    private InvalidObjectException refuse(String why) {
        if (reason == null) {
            reason = why;
        }
        return new InvalidObjectException(why);
    }

    /** What an object's hash code is made of: a collection's elements, a map's keys and values, a record's components; null for anything hashed by identity or as a single value. */
    private static List<Object> parts(Object obj) throws IOException {
        if (obj instanceof Collection<?> c) {
            return new ArrayList<>(c);
        }
        if (obj instanceof Map<?, ?> m) {
            List<Object> parts = new ArrayList<>(m.keySet());
            parts.addAll(m.values());
            return parts;
        }
        if (!obj.getClass().isRecord()) {
            return null;
        }
        List<Object> parts = new ArrayList<>();
        for (RecordComponent component : obj.getClass().getRecordComponents()) {
            try {
                Method accessor = component.getAccessor();
                accessor.setAccessible(true);
                parts.add(accessor.invoke(obj));
            } catch (ReflectiveOperationException | RuntimeException e) {
                throw new InvalidObjectException("cannot read record " + obj.getClass().getName() + ": " + e);
            }
        }
        return parts;
    }

    /** The values a collection hashes when it is filled: the keys of a map, the elements of a set. */
    private static Collection<?> hashedKeys(Object obj) {
        if (obj instanceof Map<?, ?> m) {
            return m.keySet();
        }
        return obj instanceof Set<?> s ? s : List.of();
    }
}
