package portshift.scenario;

/** How a model figure is judged against a reported one. */
public enum TargetKind {
    /** A figure to match. */
    POINT,
    /** A range to stay in. */
    RANGE,
    /** An upper bound: the range [0, high]. */
    UPPER,
    /** A rank among the places of the same measure (1 = the largest). */
    RANK
}
