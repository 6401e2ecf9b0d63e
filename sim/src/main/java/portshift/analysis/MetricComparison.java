package portshift.analysis;

/**
 * One outcome compared between scenario A and scenario B over replications paired by seed.
 *
 * @param metric     the outcome, e.g. {@link Outcome#DELIVERED_EUROPE}, with its name and unit
 * @param pairs      replications in which both scenarios have a value; A's and B's means and the difference are over
 *                   these
 * @param meanA      mean of A over the pairs (over A's own runs where the outcome is A's alone)
 * @param meanB      mean of B over the pairs
 * @param hedgesG    the difference in pooled standard deviations of A's and B's values, small-sample corrected: an
 *                   effect size between groups, blind to the pairing; NaN where neither varies
 * @param difference B - A, pair by pair; null where the outcome cannot be compared (one scenario's alone, or fewer
 *                   than two pairs)
 */
public record MetricComparison(Metric metric, int pairs, double meanA, double meanB, double hedgesG,
                               PairedDifference difference) {

    /** Whether B - A was worked out, with an interval (or as fixed). */
    public boolean compared() {
        return difference != null;
    }

    /** Whether B - A is the same in every pair. */
    public boolean fixed() {
        return compared() && difference.test() == PairedDifference.Test.FIXED;
    }

    /** Whether B - A is significant at 5% by the test that fits it; never where it is fixed or not compared. */
    public boolean significant() {
        return compared() && difference.significant();
    }

    /** The mean difference B - A over the pairs, NaN where not compared. */
    public double meanDifference() {
        return compared() ? difference.mean() : Double.NaN;
    }

    public double ciLow() {
        return compared() ? difference.ciLow() : Double.NaN;
    }

    public double ciHigh() {
        return compared() ? difference.ciHigh() : Double.NaN;
    }

    /** The p-value of the test that decides the row; NaN where fixed or not compared. */
    public double p() {
        return compared() ? difference.p() : Double.NaN;
    }
}
