package portshift.model;

/** How a declared measure ({@link PortMeasure}, {@link RunAccount}) is taken from the model. */
public enum MeasureKind {
    /** A running total the model adds to as things happen; reported as its change over a period. */
    FLOW,
    /** A state of the model, read at the end of a period. */
    LEVEL
}
