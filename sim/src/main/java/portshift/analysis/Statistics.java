package portshift.analysis;

import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.descriptive.DescriptiveStatistics;
import org.apache.commons.math3.stat.interval.ConfidenceInterval;
import org.apache.commons.math3.stat.interval.WilsonScoreInterval;

/** Comparisons of paired replications, means and shares with their intervals, with Apache Commons Math. */
public final class Statistics {
    private Statistics() {
    }

    /**
     * Compares B against A over pairs of runs that shared a seed: a[i] and b[i] are one pair. Needs two pairs or more.
     */
    public static MetricComparison compare(Metric metric, double[] a, double[] b) {
        if (a.length != b.length || a.length < 2) {
            throw new IllegalArgumentException("need at least two pairs of replications to compare " + metric.name());
        }
        DescriptiveStatistics sa = new DescriptiveStatistics(a);
        DescriptiveStatistics sb = new DescriptiveStatistics(b);
        return new MetricComparison(metric, a.length, sa.getMean(), sb.getMean(), hedgesG(sa, sb),
                PairedDifference.of(a, b));
    }

    /**
     * Hedges' g: Cohen's d with the pooled standard deviation and the small-sample correction; NaN where neither
     * sample varies.
     */
    static double hedgesG(DescriptiveStatistics a, DescriptiveStatistics b) {
        long na = a.getN();
        long nb = b.getN();
        double pooled = Math.sqrt(((na - 1) * a.getVariance() + (nb - 1) * b.getVariance()) / (na + nb - 2));
        if (pooled == 0) {
            return Double.NaN;
        }
        double d = (b.getMean() - a.getMean()) / pooled;
        return d * (1 - 3.0 / (4 * (na + nb) - 9));
    }

    /**
     * The share of trials that succeeded and its Wilson score 95% interval: {share, low, high}. Fewer than two trials
     * give no interval (NaN ends).
     */
    public static double[] shareCi(int successes, int trials) {
        if (trials < 2) {
            return new double[] {trials == 1 ? successes : Double.NaN, Double.NaN, Double.NaN};
        }
        ConfidenceInterval ci = new WilsonScoreInterval().createInterval(trials, successes, 0.95);
        return new double[] {successes / (double) trials, ci.getLowerBound(), ci.getUpperBound()};
    }

    /** Mean and 95% confidence interval (t) of one sample: {mean, low, high}. */
    public static double[] meanCi(double[] x) {
        DescriptiveStatistics s = new DescriptiveStatistics(x);
        double mean = s.getMean();
        if (x.length < 2) {
            return new double[] {mean, mean, mean};
        }
        double half = new TDistribution(x.length - 1).inverseCumulativeProbability(0.975) * s.getStandardDeviation()
                / Math.sqrt(x.length);
        return new double[] {mean, mean - half, mean + half};
    }

    /** The q-quantile of sorted values, interpolated between order statistics; NaN for none. */
    public static double quantile(double[] sorted, double q) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        double pos = q * (sorted.length - 1);
        int lo = (int) Math.floor(pos);
        int hi = Math.min(sorted.length - 1, lo + 1);
        return sorted[lo] + (pos - lo) * (sorted[hi] - sorted[lo]);
    }
}
