package portshift.explore;

import java.util.function.Function;

import org.apache.commons.math3.random.MersenneTwister;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.stat.descriptive.moment.StandardDeviation;

/**
 * Bootstrap intervals (Efron and Tibshirani 1993): the statistics recomputed on resamples of the units, drawn with
 * replacement; the interval is the estimate plus or minus 1.96 times the resampled values' standard deviation, the
 * normal bootstrap interval that SALib and the MOEA Framework report for Sobol indices, so that it is symmetric and
 * draws as an error bar. The same seed gives the same interval.
 */
final class Bootstrap {
    private Bootstrap() {
    }

    /**
     * Intervals[s] = {low, high} of statistic s around its estimate, where {@code statistics} computes the statistics
     * from the indices of a resample of {@code units} units; non-finite resampled values are left out.
     */
    static double[][] intervals(int units, int resamples, long seed, Function<int[], double[]> statistics) {
        double[] estimate = statistics.apply(all(units));
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
            double half = finite.length < 2 ? Double.NaN : Sensitivity.Z95 * new StandardDeviation().evaluate(finite);
            out[k] = new double[] {estimate[k] - half, estimate[k] + half};
        }
        return out;
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
