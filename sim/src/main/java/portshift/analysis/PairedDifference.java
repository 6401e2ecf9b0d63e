package portshift.analysis;

import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.descriptive.DescriptiveStatistics;

/**
 * B - A over pairs of runs that shared a seed (common random numbers): the mean of the differences, its t interval,
 * and the tests of the paired differences. What the two runs of a pair share (the seed's luck) cancels in their
 * difference, so the interval is narrower than one that treats A and B as independent samples.
 *
 * @param mean         mean of the differences, B - A
 * @param ciLow        low end of the 95% t interval of the mean difference; equal to the mean where it is fixed
 * @param ciHigh       high end
 * @param pPairedT     two-sided p-value of the paired t-test; NaN where the difference is fixed
 * @param pSignedRank  two-sided p-value of Wilcoxon's signed-rank test ({@link SignedRank}); NaN where fixed
 * @param skewed       whether the differences' skewness exceeds {@link #SKEWED} in absolute value, so that the
 *                     signed-rank test is the one to read
 * @param test         the test that decides the row
 * @param effectSizeDz the mean difference over the standard deviation of the differences (Cohen's d_z); NaN where
 *                     fixed
 */
public record PairedDifference(double mean, double ciLow, double ciHigh, double pPairedT, double pSignedRank,
                               boolean skewed, Test test, double effectSizeDz) {
    /**
     * Skewness beyond which the differences are too lopsided for the t-test's p-value at these sample sizes (tens of
     * pairs): the mean of so few skewed values is itself skewed. The rule of thumb of 1 is the one the table states.
     */
    public static final double SKEWED = 1.0;
    /**
     * Differences whose spread is below this share of the values compared are equal: the same difference in every
     * pair, read back from six-decimal files, still differs in the last bits of its floating-point subtraction.
     */
    static final double ROUNDING = 1e-12;

    /** Which test a row is read by, with its name in comparison.csv. */
    public enum Test {
        PAIRED_T("paired-t"),
        SIGNED_RANK("signed-rank"),
        /** The same difference in every pair: nothing varies, so there is nothing to test. */
        FIXED("fixed");

        private final String column;

        Test(String column) {
            this.column = column;
        }

        /** The name in comparison.csv's {@code test} column. */
        public String column() {
            return column;
        }
    }

    /** The p-value of the test that decides the row; NaN where the difference is fixed. */
    public double p() {
        return switch (test) {
            case PAIRED_T -> pPairedT;
            case SIGNED_RANK -> pSignedRank;
            case FIXED -> Double.NaN;
        };
    }

    /** Whether the difference is significant at 5%; never where it is fixed. */
    public boolean significant() {
        return test != Test.FIXED && p() < 0.05;
    }

    /**
     * @param a A's values, one per pair
     * @param b B's values, b[i] from the run with a[i]'s seed
     */
    public static PairedDifference of(double[] a, double[] b) {
        if (a.length != b.length || a.length < 2) {
            throw new IllegalArgumentException("need at least two pairs of equal length, found " + a.length + " and "
                    + b.length);
        }
        int n = a.length;
        double[] d = new double[n];
        double scale = 1;
        for (int i = 0; i < n; i++) {
            d[i] = b[i] - a[i];
            scale = Math.max(scale, Math.max(Math.abs(a[i]), Math.abs(b[i])));
        }
        DescriptiveStatistics s = new DescriptiveStatistics(d);
        double mean = s.getMean();
        double tolerance = ROUNDING * scale;
        if (s.getMax() - s.getMin() <= tolerance) {
            return new PairedDifference(mean, mean, mean, Double.NaN, Double.NaN, false, Test.FIXED, Double.NaN);
        }
        double sd = s.getStandardDeviation();
        TDistribution t = new TDistribution(n - 1);
        double half = t.inverseCumulativeProbability(0.975) * sd / Math.sqrt(n);
        double pT = 2 * t.cumulativeProbability(-Math.abs(mean / (sd / Math.sqrt(n))));
        double skewness = s.getSkewness();
        boolean skewed = Double.isFinite(skewness) && Math.abs(skewness) > SKEWED;
        return new PairedDifference(mean, mean - half, mean + half, pT, SignedRank.p(d, tolerance), skewed,
                skewed ? Test.SIGNED_RANK : Test.PAIRED_T, mean / sd);
    }
}
