package portshift.evidence;

import portshift.analysis.Statistics;

/**
 * The 95% confidence intervals the pattern rules judge by, each as {estimate, low end, high end}: the t interval of a
 * mean over replications, and the Wilson score interval of a share of replications (Apache Commons Math). Fewer than
 * two replications give no interval: its ends are NaN, so that no rule can pass on them.
 */
final class Intervals {
    private Intervals() {
    }

    /** The mean of the finite values and its t interval. */
    static double[] mean(double[] values) {
        double[] x = java.util.Arrays.stream(values).filter(Double::isFinite).toArray();
        if (x.length < 2) {
            return new double[] {x.length == 1 ? x[0] : Double.NaN, Double.NaN, Double.NaN};
        }
        return Statistics.meanCi(x);
    }

    /** The share of trials that succeeded and its Wilson score interval. */
    static double[] share(int successes, int trials) {
        return Statistics.shareCi(successes, trials);
    }
}
