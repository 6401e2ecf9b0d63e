package portshift.explore;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.apache.commons.math3.stat.correlation.SpearmansCorrelation;

/**
 * Screening on a Latin hypercube: the Spearman rank correlation between each uncertainty's values and the outcome over
 * the points, with the Fisher z interval for a rank correlation, tanh(atanh(rho) +- 1.96 sqrt(1.06 / (n - 3)))
 * (Fieller, Hartley and Pearson 1957). It sees monotone effects only, and no interactions; Morris and Sobol designs
 * measure both.
 *
 * @param points the hypercube's points, as shares of the ranges
 */
public record RankCorrelation(double[][] points) implements Sensitivity {
    /** A Latin hypercube is a uniform random sample: every point is as likely anywhere in the space. */
    @Override
    public boolean random() {
        return true;
    }

    /** rank_correlation of each uncertainty; a point with a non-finite value is left out. */
    @Override
    public List<Measure> measures(double[] y, long seed) {
        int[] finite = IntStream.range(0, y.length).filter(i -> Double.isFinite(y[i])).toArray();
        int n = finite.length;
        double[] ys = IntStream.of(finite).mapToDouble(i -> y[i]).toArray();
        int k = points.length == 0 ? 0 : points[0].length;
        List<Measure> out = new ArrayList<>();
        for (int j = 0; j < k; j++) {
            int col = j;
            double[] x = IntStream.of(finite).mapToDouble(i -> points[i][col]).toArray();
            double rho = n < 3 ? Double.NaN : new SpearmansCorrelation().correlation(x, ys);
            double low = Double.NaN;
            double high = Double.NaN;
            if (Double.isFinite(rho) && n > 3) {
                double z = 0.5 * Math.log((1 + rho) / (1 - rho));
                double half = Z95 * Math.sqrt(1.06 / (n - 3));
                low = Math.tanh(z - half);
                high = Math.tanh(z + half);
            }
            out.add(new Measure(j, "rank_correlation", rho, low, high, n));
        }
        return out;
    }
}
