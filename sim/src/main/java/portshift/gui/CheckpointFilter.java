package portshift.gui;

import java.io.ObjectInputFilter;
import java.util.Set;

/**
 * What a portshift checkpoint may contain, checked for each class and object as it is read: the
 * model's classes, the collector the GUI schedules on the model, and the JDK and MASON classes a
 * real checkpoint holds; within limits on nesting, object count, array length and size. The list
 * and the limits come from checkpoints of whole runs of the shipped scenarios and from the GUI
 * (deepest 22, at most 82,300 objects, arrays of at most 1,156 elements, under 1 MB unpacked), with
 * a margin of 2 to 100 times; the object limit is kept nearer so a refused file is refused quickly.
 * Anything else is rejected, and {@link #reason()} says why.
 */
final class CheckpointFilter implements ObjectInputFilter {
    static final long MAX_DEPTH = 50;
    static final long MAX_REFERENCES = 500_000;
    static final long MAX_ARRAY = 100_000;
    static final long MAX_BYTES = 20_000_000;

    private static final String MODEL = "portshift.model.";
    /** The monthly collector and its rows: the GUI schedules it on the model, so a checkpoint saved from the GUI holds it. */
    private static final Set<String> OBSERVE = Set.of("portshift.observe.MonthlyCollector", "portshift.observe.MonthlyRows",
            "portshift.observe.RunTally", "portshift.observe.PortMonth", "portshift.observe.RouteMonth");
    private static final Set<String> LIBRARIES = Set.of(
            // the schedule, its queue and the random number generator
            "sim.engine.SimState", "sim.engine.Schedule", "sim.engine.Schedule$Key", "sim.engine.IterativeRepeat",
            "sim.engine.Sequence", "sim.engine.RandomSequence", "sim.engine.Steppable", "sim.util.Bag",
            "sim.util.Heap", "ec.util.MersenneTwisterFast",
            // values and collections the model holds
            "java.lang.Object", "java.lang.Number", "java.lang.Boolean", "java.lang.Integer", "java.lang.Long",
            "java.lang.Double", "java.lang.Enum", "java.lang.Comparable", "java.time.LocalDate", "java.time.Ser",
            "java.util.ArrayList", "java.util.HashMap", "java.util.LinkedHashMap", "java.util.HashSet",
            "java.util.PriorityQueue", "java.util.Map$Entry", "java.util.CollSer",
            // List.of, Set.of and Map.of, which the model and the Model tab's interventions use
            "java.util.ImmutableCollections$List12", "java.util.ImmutableCollections$ListN",
            "java.util.ImmutableCollections$Set12", "java.util.ImmutableCollections$SetN",
            "java.util.ImmutableCollections$Map1", "java.util.ImmutableCollections$MapN");

    private String reason;

    @Override
    public Status checkInput(FilterInfo info) {
        if (info.depth() > MAX_DEPTH) {
            return reject("objects nested deeper than " + MAX_DEPTH);
        }
        if (info.references() > MAX_REFERENCES) {
            return reject("more than " + MAX_REFERENCES + " objects");
        }
        if (info.streamBytes() > MAX_BYTES) {
            return reject("more than " + MAX_BYTES / 1_000_000 + " MB of data");
        }
        if (info.arrayLength() > MAX_ARRAY) {
            return reject("an array of " + info.arrayLength() + " elements (at most " + MAX_ARRAY + ")");
        }
        Class<?> type = info.serialClass();
        if (type == null) {
            return Status.UNDECIDED;
        }
        while (type.isArray()) {
            type = type.getComponentType();
        }
        if (type.isPrimitive() || allowed(type.getName())) {
            return Status.ALLOWED;
        }
        return reject("class " + info.serialClass().getName() + " is not allowed");
    }

    static boolean allowed(String name) {
        return name.startsWith(MODEL) && name.indexOf('.', MODEL.length()) < 0 || OBSERVE.contains(name)
                || LIBRARIES.contains(name);
    }

    private Status reject(String why) {
        if (reason == null) {
            reason = why;
        }
        return Status.REJECTED;
    }

    /** Why the stream was rejected, or null if it was not. */
    String reason() {
        return reason;
    }
}
