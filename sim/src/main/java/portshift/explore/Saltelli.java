package portshift.explore;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.commons.math3.random.MersenneTwister;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.SobolSequenceGenerator;

/**
 * Variance-based sensitivity: a Saltelli design and the Sobol indices it estimates ({@link SobolEstimators}). Two
 * matrices A and B of n rows are the two halves of a 2k-dimensional Sobol sequence (Commons Math's generator, from its
 * first point, none skipped), shifted at random modulo 1 by the seed (Cranley and Patterson 1976) so that different
 * seeds give different designs and the all-zero first point is not a corner. n is a power of two: the first 2^m points
 * of the sequence are a complete net, every interval of width 2^-m along each uncertainty holding one point of A and
 * one of B, a balance that a shift keeps and a cut-off sequence would lose. Matrix AB_j is A with column j taken from
 * B; for second-order indices BA_j, B with column j taken from A, too (Saltelli 2002). The points run row by row: A's
 * row, AB_1 ... AB_k's, then BA_1 ... BA_k's if asked for, then B's: n (k + 2) points, or n (2k + 2).
 *
 * @param points      the design's points, as shares of the ranges
 * @param rows        n, the rows of A and B, a power of two
 * @param k           the uncertainties
 * @param secondOrder whether the rows hold the BA_j points and second-order indices are estimated
 */
public record Saltelli(double[][] points, int rows, int k, boolean secondOrder) implements Sensitivity {
    /** The fewest rows: the first half of the rows (the convergence check) must still hold two. */
    public static final int MIN_ROWS = 4;

    /** Points per row: A, the AB_j, the BA_j with second-order indices, and B. */
    public static int perRow(int k, boolean secondOrder) {
        return secondOrder ? 2 * k + 2 : k + 2;
    }

    /**
     * The rows a design of at least {@code samples} points needs: samples over the points per row, rounded up to a
     * power of two (and to {@value #MIN_ROWS} at least).
     */
    public static int rowsFor(int samples, int k, boolean secondOrder) {
        int per = perRow(k, secondOrder);
        long wanted = Math.max(MIN_ROWS, (samples + (long) per - 1) / per);
        long rows = Long.highestOneBit(wanted);
        return (int) Math.min(1 << 30, rows < wanted ? rows << 1 : rows);
    }

    /** The design of n rows over k uncertainties; the same seed gives the same design. */
    public static Saltelli design(int n, int k, long seed) {
        return design(n, k, seed, false);
    }

    /** The design of n rows (a power of two) over k uncertainties, with BA_j points if secondOrder. */
    public static Saltelli design(int n, int k, long seed, boolean secondOrder) {
        if (n < 2 || Integer.bitCount(n) != 1 || k < 1 || 2 * k > 1000) {
            throw new IllegalArgumentException("expected a power of two of at least 2 rows and 1 to 500 uncertainties, "
                    + "found " + n + " and " + k);
        }
        SobolSequenceGenerator sobol = new SobolSequenceGenerator(2 * k);
        RandomGenerator random = new MersenneTwister(seed);
        double[] shift = new double[2 * k];
        for (int d = 0; d < shift.length; d++) {
            shift[d] = random.nextDouble();
        }
        int per = perRow(k, secondOrder);
        double[][] points = new double[n * per][];
        for (int i = 0; i < n; i++) {
            double[] x = sobol.nextVector();
            double[] a = new double[k];
            double[] b = new double[k];
            for (int j = 0; j < k; j++) {
                a[j] = shifted(x[j], shift[j]);
                b[j] = shifted(x[k + j], shift[k + j]);
            }
            int at = i * per;
            points[at] = a;
            for (int j = 0; j < k; j++) {
                double[] ab = a.clone();
                ab[j] = b[j];
                points[at + 1 + j] = ab;
                if (secondOrder) {
                    double[] ba = b.clone();
                    ba[j] = a[j];
                    points[at + 1 + k + j] = ba;
                }
            }
            points[at + per - 1] = b;
        }
        return new Saltelli(points, n, k, secondOrder);
    }

    private static double shifted(double x, double shift) {
        double s = x + shift;
        s -= Math.floor(s);
        return Math.min(s, Math.nextDown(1.0));
    }

    /**
     * first_order and total_order of each uncertainty, and second_order of each pair if the design holds them, each
     * with its bootstrap interval and its estimate from the first half of the rows; a row with a non-finite value is
     * left out.
     */
    @Override
    public List<Measure> measures(double[] y, long seed) {
        if (y.length != points.length) {
            throw new IllegalArgumentException("expected " + points.length + " values, found " + y.length);
        }
        int per = perRow(k, secondOrder);
        List<double[]> kept = new ArrayList<>();
        int keptInFirstHalf = 0;
        for (int i = 0; i < rows; i++) {
            double[] f = Arrays.copyOfRange(y, i * per, (i + 1) * per);
            if (Arrays.stream(f).allMatch(Double::isFinite)) {
                kept.add(f);
                keptInFirstHalf += i < rows / 2 ? 1 : 0;
            }
        }
        double[][] f = kept.toArray(new double[0][]);
        int n = f.length;
        SobolEstimators estimators = new SobolEstimators(k, secondOrder);
        double[] estimate = estimators.indices(f, Bootstrap.all(n));
        double[] half = keptInFirstHalf < 2 ? null : estimators.indices(f, Bootstrap.all(keptInFirstHalf));
        double[][] ci = n < 2 ? null : Bootstrap.intervals(n, RESAMPLES, seed, drawn -> estimators.indices(f, drawn));
        List<Measure> out = new ArrayList<>();
        for (int j = 0; j < k; j++) {
            out.add(measure(j, -1, "first_order", estimate, half, ci, j, n));
            out.add(measure(j, -1, "total_order", estimate, half, ci, k + j, n));
        }
        if (secondOrder) {
            int at = 2 * k;
            for (int j = 0; j < k; j++) {
                for (int l = j + 1; l < k; l++) {
                    out.add(measure(j, l, "second_order", estimate, half, ci, at++, n));
                }
            }
        }
        return out;
    }

    private static Measure measure(int j, int partner, String name, double[] estimate, double[] half, double[][] ci,
                                   int s, int n) {
        return new Measure(j, partner, name, estimate[s], ci == null ? Double.NaN : ci[s][0],
                ci == null ? Double.NaN : ci[s][1], n, half == null ? Double.NaN : half[s]);
    }
}
