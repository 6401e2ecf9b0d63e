package portshift;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * The hang guard of {@link CpuBudget} for a child process: it counts the CPU time of the process
 * and its descendants (and of other processes that do its work, found by the caller), never the
 * wall clock. It stops the process and its descendants and fails when that CPU time passes
 * the budget (a runaway), or when they all use less than a second of CPU in five minutes (stuck: a
 * deadlock or a wait for a reply that never comes uses none).
 * <p>
 * Why five minutes cannot fail a process that works: on two cores at a load of 20 a process gets
 * about a tenth of a core, a second of CPU every ten seconds or so, thirty times within the window;
 * and the processes guarded here sit idle for a few seconds at most by design.
 */
public final class ProcessBudget {
    static final Duration STUCK = Duration.ofMinutes(5);
    private static final long PROGRESS_NANOS = Duration.ofSeconds(1).toNanos();
    private static final long POLL_MILLIS = 200;

    private ProcessBudget() {
    }

    /**
     * Waits for the process to end and returns its exit status; fails, after stopping it and its
     * descendants, when it passes its CPU budget or is stuck.
     */
    public static int waitFor(Process process, Duration budget, String what) throws InterruptedException {
        return waitFor(process, budget, what, Stream::empty);
    }

    /**
     * As {@link #waitFor(Process, Duration, String)}, counting also the processes that {@code alsoWorking}
     * finds at each look, and their descendants: those that do the process's work without being its
     * descendants, as the jobs a scheduler starts for it.
     */
    public static int waitFor(Process process, Duration budget, String what, Supplier<Stream<ProcessHandle>> alsoWorking)
            throws InterruptedException {
        // each process's largest CPU time seen: a descendant that has ended keeps what it used
        Map<ProcessHandle, Long> seen = new HashMap<>();
        long lastProgress = System.nanoTime();
        long cpuAtLastProgress = 0;
        while (!process.waitFor(POLL_MILLIS, TimeUnit.MILLISECONDS)) {
            List<ProcessHandle> tree = Stream.concat(Stream.of(process.toHandle()), alsoWorking.get())
                    .flatMap(p -> Stream.concat(Stream.of(p), p.descendants())).toList();
            for (ProcessHandle p : tree) {
                p.info().totalCpuDuration().ifPresent(d -> seen.merge(p, d.toNanos(), Math::max));
            }
            long cpu = seen.values().stream().mapToLong(Long::longValue).sum();
            if (cpu > budget.toNanos()) {
                stop(process);
                throw new AssertionError(String.format("%s: used more than %d s of CPU time, ten times or more what it"
                        + " needs: stopped as a hang", what, budget.toSeconds()));
            }
            long now = System.nanoTime();
            if (cpu - cpuAtLastProgress >= PROGRESS_NANOS) {
                lastProgress = now;
                cpuAtLastProgress = cpu;
            } else if (now - lastProgress > STUCK.toNanos()) {
                stop(process);
                throw new AssertionError(String.format("%s: used under a second of CPU time in %d minutes, after %.1f s in"
                        + " all: stopped as stuck", what, STUCK.toMinutes(), cpu / 1e9));
            }
        }
        if (CpuBudget.REPORT) {
            long cpu = seen.values().stream().mapToLong(Long::longValue).sum();
            System.out.printf("cpu: %.3f s of %d s (processes, as last seen): %s%n", cpu / 1e9, budget.toSeconds(), what);
        }
        return process.exitValue();
    }

    private static void stop(Process process) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
    }
}
