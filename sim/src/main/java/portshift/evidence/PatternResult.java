package portshift.evidence;

/**
 * One pattern check: what it is, how it is measured, what is expected (stated before any run), what
 * was observed over the replications, and whether it passed.
 *
 * @param observed mean of the measure over replications
 * @param ciLow    lower end of its 95% confidence interval
 * @param ciHigh   upper end
 * @param detail   the other numbers the check looked at
 */
public record PatternResult(int number, String pattern, String measure, String expected, double observed,
                            double ciLow, double ciHigh, String detail, boolean pass) {
}
