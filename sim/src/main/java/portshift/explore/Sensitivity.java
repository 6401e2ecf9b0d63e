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

    /** One measure of one uncertainty, with its 95% interval and the units it rests on. */
    record Measure(int uncertainty, String name, double value, double low, double high, int units) {
    }

    /** points[i][j]: point i's share along uncertainty j, in [0, 1). */
    double[][] points();

    /** The measures of every uncertainty from y, one value per point, in order; seed fixes the resamples. */
    List<Measure> measures(double[] y, long seed);
}
