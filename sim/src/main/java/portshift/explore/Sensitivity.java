package portshift.explore;

import java.util.List;

/**
 * A design whose points answer how much an outcome depends on each uncertainty: the points, as shares of the
 * uncertainties' ranges, and the measures computed from the outcome's value at each point, each with a bootstrap 95%
 * interval.
 */
public interface Sensitivity {
    /** Resamples behind each interval. */
    int RESAMPLES = 1000;

    /** One measure of one uncertainty, with its 95% bootstrap interval and the units it rests on. */
    record Measure(int uncertainty, String name, double value, double low, double high, int units) {
    }

    /** points[i][j]: point i's share along uncertainty j, in [0, 1). */
    double[][] points();

    /** The measures of every uncertainty from y, one value per point, in order; seed fixes the resamples. */
    List<Measure> measures(double[] y, long seed);
}
