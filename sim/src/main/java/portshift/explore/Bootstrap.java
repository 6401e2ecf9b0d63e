package portshift.explore;

import java.util.function.Function;

import org.apache.commons.math3.random.MersenneTwister;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;

/**
 * Percentile bootstrap (Efron and Tibshirani 1993): the statistics recomputed on resamples of the units, drawn with
 * replacement, and the 2.5th and 97.5th percentiles of each. The same seed gives the same interval.
 */
final class Bootstrap {
    private Bootstrap() {
    }

    /**
     * Intervals[s] = {low, high} of statistic s, which {@code statistics} computes from the indices of a resample of
     * {@code units} units; non-finite resampled values are left out.
     */
    static double[][] intervals(int units, int resamples, long seed, Function<int[], double[]> statistics) {
        RandomGenerator random = new MersenneTwister(seed);
        double[][] values = null;
        int[] drawn = new int[units];
        for (int b = 0; b < resamples; b++) {
            for (int i = 0; i < units; i++) {
                drawn[i] = random.nextInt(units);
            }
            double[] s = statistics.apply(drawn);
            if (values == null) {
                values = new double[s.length][resamples];
            }
            for (int k = 0; k < s.length; k++) {
                values[k][b] = s[k];
            }
        }
        if (values == null) {
            return new double[0][];
        }
        double[][] out = new double[values.length][];
        for (int k = 0; k < values.length; k++) {
            double[] finite = java.util.Arrays.stream(values[k]).filter(Double::isFinite).toArray();
            out[k] = finite.length == 0 ? new double[] {Double.NaN, Double.NaN}
                    : new double[] {percentile(finite, 2.5), percentile(finite, 97.5)};
        }
        return out;
    }

    private static double percentile(double[] x, double p) {
        return new Percentile().withEstimationType(Percentile.EstimationType.R_7).evaluate(x, p);
    }

    /** The identity resample: every unit once, in order. */
    static int[] all(int units) {
        int[] out = new int[units];
        for (int i = 0; i < units; i++) {
            out[i] = i;
        }
        return out;
    }
}
