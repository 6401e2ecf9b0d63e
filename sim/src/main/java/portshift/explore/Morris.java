package portshift.explore;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.commons.math3.random.MersenneTwister;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.stat.descriptive.moment.StandardDeviation;

/**
 * Morris's elementary-effects screening (Morris 1991, with the mean of absolute effects of Campolongo, Cariboni and
 * Saltelli 2007). A trajectory starts at a random point of a grid of {@value #LEVELS} levels in [0, 1]^k and moves
 * one uncertainty at a time, in random order, by a step of 2/3 of its range, up or down as the grid allows: k + 1
 * points, and one elementary effect per uncertainty. The effects are in the outcome's unit per whole range of the
 * uncertainty; an uncertainty whose effects are all near 0 is inert. Intervals: normal bootstrap over each
 * uncertainty's effects, one per trajectory ({@link Bootstrap}).
 *
 * @param points  points[i][j]: point i's share along uncertainty j (trajectory t holds points t(k+1) to t(k+1)+k)
 * @param changed changed[t][s]: the uncertainty that step s of trajectory t moves
 * @param up      up[t][s]: whether that step moves it up
 */
public record Morris(double[][] points, int[][] changed, boolean[][] up) implements Sensitivity {
    static final int LEVELS = 4;
    /** The step, as a share of the range: p / (2 (p - 1)) for p levels. */
    static final double DELTA = LEVELS / (2.0 * (LEVELS - 1));

    public int trajectories() {
        return changed.length;
    }

    /** r trajectories over k uncertainties; the same seed gives the same design. */
    public static Morris design(int r, int k, long seed) {
        if (r < 2 || k < 1) {
            throw new IllegalArgumentException("expected at least 2 trajectories and 1 uncertainty, found " + r + " and " + k);
        }
        RandomGenerator random = new MersenneTwister(seed);
        double[][] points = new double[r * (k + 1)][];
        int[][] changed = new int[r][k];
        boolean[][] up = new boolean[r][k];
        for (int t = 0; t < r; t++) {
            double[] x = new double[k];
            for (int j = 0; j < k; j++) {
                x[j] = random.nextInt(LEVELS) / (double) (LEVELS - 1);
            }
            int[] order = LatinHypercube.permutation(k, random);
            points[t * (k + 1)] = x.clone();
            for (int s = 0; s < k; s++) {
                int j = order[s];
                boolean rise = x[j] + DELTA <= 1 + 1e-12;
                x[j] = rise ? x[j] + DELTA : x[j] - DELTA;
                changed[t][s] = j;
                up[t][s] = rise;
                points[t * (k + 1) + s + 1] = x.clone();
            }
        }
        for (double[] p : points) {
            for (int j = 0; j < k; j++) {
                p[j] = Math.max(0, Math.min(Math.nextDown(1.0), p[j]));
            }
        }
        return new Morris(points, changed, up);
    }

    /**
     * Per uncertainty, mu_star (the mean absolute effect), mu (the mean effect) and sigma (the effects' standard
     * deviation) of its elementary effects on y, one value per point, and each from the first half of the
     * trajectories; a step with a non-finite end gives no effect.
     */
    @Override
    public List<Measure> measures(double[] y, long seed) {
        int r = trajectories();
        int k = changed[0].length;
        List<Measure> out = new ArrayList<>();
        for (int j = 0; j < k; j++) {
            double[] e = effects(y, j, r);
            double[] estimate = figures(e, Bootstrap.all(e.length));
            double[] firstHalf = effects(y, j, r / 2);
            double[] half = figures(firstHalf, Bootstrap.all(firstHalf.length));
            double[][] ci = e.length < 2 ? new double[][] {{Double.NaN, Double.NaN}, {Double.NaN, Double.NaN},
                    {Double.NaN, Double.NaN}} : Bootstrap.intervals(e.length, RESAMPLES, seed + j, d -> figures(e, d));
            String[] names = {"mu_star", "mu", "sigma"};
            for (int m = 0; m < names.length; m++) {
                out.add(new Measure(j, -1, names[m], estimate[m], ci[m][0], ci[m][1], e.length, half[m]));
            }
        }
        return out;
    }

    /** Uncertainty j's elementary effects in the first {@code trajectories} trajectories, in their order. */
    private double[] effects(double[] y, int j, int trajectories) {
        int k = changed[0].length;
        List<Double> ee = new ArrayList<>();
        for (int t = 0; t < trajectories; t++) {
            for (int s = 0; s < k; s++) {
                double before = y[t * (k + 1) + s];
                double after = y[t * (k + 1) + s + 1];
                if (changed[t][s] == j && Double.isFinite(before) && Double.isFinite(after)) {
                    ee.add((after - before) / (up[t][s] ? DELTA : -DELTA));
                }
            }
        }
        return ee.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** {mu*, mu, sigma} of the effects drawn. */
    private static double[] figures(double[] e, int[] drawn) {
        if (drawn.length == 0) {
            return new double[] {Double.NaN, Double.NaN, Double.NaN};
        }
        double[] x = new double[drawn.length];
        for (int i = 0; i < drawn.length; i++) {
            x[i] = e[drawn[i]];
        }
        double mu = Arrays.stream(x).average().orElse(Double.NaN);
        double muStar = Arrays.stream(x).map(Math::abs).average().orElse(Double.NaN);
        double sigma = x.length < 2 ? Double.NaN : new StandardDeviation().evaluate(x);
        return new double[] {muStar, mu, sigma};
    }
}
