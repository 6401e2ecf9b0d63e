package portshift.explore;

import java.util.ArrayList;
import java.util.List;

import org.apache.commons.math3.random.MersenneTwister;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.SobolSequenceGenerator;

/**
 * Variance-based sensitivity: a Saltelli design and the Sobol indices it estimates (Saltelli et al. 2010, "Variance
 * based sensitivity analysis of model output", Computer Physics Communications 181). Two matrices A and B of n rows
 * are the two halves of a 2k-dimensional Sobol sequence (Commons Math's generator, its all-zero first point skipped),
 * shifted at random modulo 1 by the seed (Cranley and Patterson 1976) so that different seeds give different designs.
 * Matrix AB_j is A with column j taken from B. The points run row by row: A's row, then AB_1 ... AB_k's, then B's, so
 * n (k + 2) points in all.
 *
 * <p>From the outcome f at those points, with V the variance of f over A's and B's rows together:
 * first-order index S_j = mean(f_B (f_ABj - f_A)) / V (Saltelli et al. 2010, table 2, b), the share of the variance
 * that uncertainty j explains alone; total index ST_j = mean((f_A - f_ABj)^2) / (2 V) (Jansen 1999, table 2, f), the
 * share it has a hand in, with its interactions. Intervals: normal bootstrap over the rows ({@link Bootstrap}).
 *
 * @param points the design's points, n (k + 2) of them, as shares of the ranges
 * @param rows   n, the rows of A and B
 * @param k      the uncertainties
 */
public record Saltelli(double[][] points, int rows, int k) implements Sensitivity {

    /** The design of n rows over k uncertainties; the same seed gives the same design. */
    public static Saltelli design(int n, int k, long seed) {
        if (n < 2 || k < 1 || 2 * k > 1000) {
            throw new IllegalArgumentException("expected at least 2 rows and 1 to 500 uncertainties, found " + n
                    + " and " + k);
        }
        SobolSequenceGenerator sobol = new SobolSequenceGenerator(2 * k);
        sobol.skipTo(1);
        RandomGenerator random = new MersenneTwister(seed);
        double[] shift = new double[2 * k];
        for (int d = 0; d < shift.length; d++) {
            shift[d] = random.nextDouble();
        }
        double[][] points = new double[n * (k + 2)][];
        for (int i = 0; i < n; i++) {
            double[] x = sobol.nextVector();
            double[] a = new double[k];
            double[] b = new double[k];
            for (int j = 0; j < k; j++) {
                a[j] = shifted(x[j], shift[j]);
                b[j] = shifted(x[k + j], shift[k + j]);
            }
            int at = i * (k + 2);
            points[at] = a;
            for (int j = 0; j < k; j++) {
                double[] ab = a.clone();
                ab[j] = b[j];
                points[at + 1 + j] = ab;
            }
            points[at + k + 1] = b;
        }
        return new Saltelli(points, n, k);
    }

    private static double shifted(double x, double shift) {
        double s = x + shift;
        s -= Math.floor(s);
        return Math.min(s, Math.nextDown(1.0));
    }

    /** first_order and total_order of each uncertainty; a row with a non-finite value is left out. */
    @Override
    public List<Measure> measures(double[] y, long seed) {
        if (y.length != points.length) {
            throw new IllegalArgumentException("expected " + points.length + " values, found " + y.length);
        }
        List<Integer> kept = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            boolean finite = true;
            for (int c = 0; c < k + 2; c++) {
                finite &= Double.isFinite(y[i * (k + 2) + c]);
            }
            if (finite) {
                kept.add(i);
            }
        }
        int n = kept.size();
        double[][] f = new double[n][];
        for (int r = 0; r < n; r++) {
            int at = kept.get(r) * (k + 2);
            f[r] = java.util.Arrays.copyOfRange(y, at, at + k + 2);
        }
        double[] estimate = indices(f, Bootstrap.all(n));
        double[][] ci = n < 2 ? new double[2 * k][] : Bootstrap.intervals(n, RESAMPLES, seed, drawn -> indices(f, drawn));
        List<Measure> out = new ArrayList<>();
        for (int j = 0; j < k; j++) {
            out.add(measure(j, "first_order", estimate[j], ci[j], n));
            out.add(measure(j, "total_order", estimate[k + j], ci[k + j], n));
        }
        return out;
    }

    private static Measure measure(int j, String name, double value, double[] ci, int n) {
        return new Measure(j, name, value, ci == null ? Double.NaN : ci[0], ci == null ? Double.NaN : ci[1], n);
    }

    /** {S_1 .. S_k, ST_1 .. ST_k} from the rows drawn; f[r] = {f_A, f_AB1 .. f_ABk, f_B} of row r. */
    private double[] indices(double[][] f, int[] drawn) {
        int n = drawn.length;
        double sum = 0;
        for (int r : drawn) {
            sum += f[r][0] + f[r][k + 1];
        }
        double mean = sum / (2.0 * n);
        double squares = 0;
        for (int r : drawn) {
            squares += (f[r][0] - mean) * (f[r][0] - mean) + (f[r][k + 1] - mean) * (f[r][k + 1] - mean);
        }
        double variance = squares / (2.0 * n);
        double[] out = new double[2 * k];
        for (int j = 0; j < k; j++) {
            double first = 0;
            double total = 0;
            for (int r : drawn) {
                double a = f[r][0];
                double ab = f[r][1 + j];
                double b = f[r][k + 1];
                first += b * (ab - a);
                total += (a - ab) * (a - ab);
            }
            out[j] = variance > 0 ? first / n / variance : Double.NaN;
            out[k + j] = variance > 0 ? total / (2.0 * n) / variance : Double.NaN;
        }
        return out;
    }
}
