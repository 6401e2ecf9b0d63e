package portshift.analysis;

/**
 * One outcome compared between scenario A and scenario B over replications.
 *
 * @param metric        the outcome, e.g. {@link Outcome#DELIVERED_EUROPE}, with its name and unit
 * @param meanA         mean over A's replications
 * @param meanB         mean over B's replications
 * @param difference    meanB - meanA
 * @param ciLow         lower end of the 95% confidence interval of the difference (Welch)
 * @param ciHigh        upper end
 * @param pWelch        two-sided p-value of Welch's t-test
 * @param pMannWhitney  two-sided p-value of the Mann-Whitney U test
 * @param skewed        whether either sample is skewed (|skewness| > 1), so that Mann-Whitney is the test to read
 * @param effectSize    Hedges' g: the difference in pooled standard deviations, small-sample corrected
 * @param n             replications per scenario
 */
public record MetricComparison(Metric metric, double meanA, double meanB, double difference,
                               double ciLow, double ciHigh, double pWelch, double pMannWhitney, boolean skewed,
                               double effectSize, int n) {

    /** The p-value of the test that fits the data: Mann-Whitney where skewed, Welch otherwise. */
    public double p() {
        return skewed ? pMannWhitney : pWelch;
    }

    /** Whether the difference is significant at 5%. */
    public boolean significant() {
        return p() < 0.05;
    }
}
