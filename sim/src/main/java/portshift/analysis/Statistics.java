package portshift.analysis;

import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.descriptive.DescriptiveStatistics;
import org.apache.commons.math3.stat.inference.MannWhitneyUTest;
import org.apache.commons.math3.stat.inference.TTest;
import org.apache.commons.math3.stat.interval.ConfidenceInterval;
import org.apache.commons.math3.stat.interval.WilsonScoreInterval;

/** Comparisons of two samples of replications, with Apache Commons Math. */
public final class Statistics {
    private static final double SKEWED = 1.0;

    private Statistics() {
    }

    /** Compares sample B against sample A. Both need at least two values. */
    public static MetricComparison compare(Metric metric, double[] a, double[] b) {
        if (a.length < 2 || b.length < 2) {
            throw new IllegalArgumentException("need at least two replications per scenario to compare " + metric.name());
        }
        DescriptiveStatistics sa = new DescriptiveStatistics(a);
        DescriptiveStatistics sb = new DescriptiveStatistics(b);
        double diff = sb.getMean() - sa.getMean();
        double va = sa.getVariance() / a.length;
        double vb = sb.getVariance() / b.length;
        double se = Math.sqrt(va + vb);
        double low;
        double high;
        double pWelch;
        if (se == 0) {
            low = diff;
            high = diff;
            pWelch = diff == 0 ? 1 : 0;
        } else {
            double df = (va + vb) * (va + vb) / (va * va / (a.length - 1) + vb * vb / (b.length - 1));
            double t = new TDistribution(df).inverseCumulativeProbability(0.975);
            low = diff - t * se;
            high = diff + t * se;
            pWelch = new TTest().tTest(a, b);
        }
        double pMw = new MannWhitneyUTest().mannWhitneyUTest(a, b);
        boolean skewed = Math.abs(skewness(sa)) > SKEWED || Math.abs(skewness(sb)) > SKEWED;
        return new MetricComparison(metric, sa.getMean(), sb.getMean(), diff, low, high, pWelch, pMw, skewed,
                hedgesG(sa, sb), Math.min(a.length, b.length));
    }

    private static double skewness(DescriptiveStatistics s) {
        double k = s.getSkewness();
        return Double.isNaN(k) ? 0 : k;
    }

    /** Hedges' g: Cohen's d with the pooled standard deviation and the small-sample correction. */
    static double hedgesG(DescriptiveStatistics a, DescriptiveStatistics b) {
        long na = a.getN();
        long nb = b.getN();
        double pooled = Math.sqrt(((na - 1) * a.getVariance() + (nb - 1) * b.getVariance()) / (na + nb - 2));
        if (pooled == 0) {
            return 0;
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
}
