package portshift.explore;

import java.util.List;

/**
 * A design whose points answer how much an outcome depends on each uncertainty: the points, as shares of the
 * uncertainties' ranges, and the measures computed from the outcome's value at each point, each with a 95% interval
 * (a bootstrap's for Morris and Sobol measures, Fisher's z for rank correlations).
 */
public interface Sensitivity {
    /** Resamples behind each bootstrap interval. */
    int RESAMPLES = 1000;

    /** The standard normal's 97.5th percentile, for every 95% interval of the measures. */
    double Z95 = new org.apache.commons.math3.distribution.NormalDistribution().inverseCumulativeProbability(0.975);

    /**
     * One measure of one uncertainty (or, for a second-order index, of a pair), with its 95% interval, the units it
     * rests on, and the same measure from the first half of those units, which says whether the estimate has settled.
     *
     * @param partner the pair's other uncertainty for a second-order index, else -1
     * @param atHalf  the estimate from the first half of the units (NaN where the design does not give one)
     */
    record Measure(int uncertainty, int partner, String name, double value, double low, double high, int units,
                   double atHalf) {
        /** A measure of one uncertainty, with no estimate at half the units. */
        public Measure(int uncertainty, String name, double value, double low, double high, int units) {
            this(uncertainty, -1, name, value, low, high, units, Double.NaN);
        }
    }

    /** points[i][j]: point i's share along uncertainty j, in [0, 1). */
    double[][] points();

    /** The measures of every uncertainty from y, one value per point, in order; seed fixes the resamples. */
    List<Measure> measures(double[] y, long seed);

    /** Whether the points are a uniform random sample of the space, so that shares of points estimate shares of it. */
    default boolean random() {
        return false;
    }
}
