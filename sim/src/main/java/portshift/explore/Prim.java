package portshift.explore;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The Patient Rule Induction Method (Friedman and Fisher 1999), peeling only: from the box that holds every point,
 * repeatedly cut off the share {@value #ALPHA} of the points in the box at one end of one uncertainty, choosing the
 * cut that leaves the highest share of cases of interest in the box, until the box holds fewer than
 * {@value #MIN_SUPPORT} of the points or no cut raises that share. Each step's box is reported with its coverage
 * (cases in the box over all cases) and density (cases in the box over points in the box).
 */
public final class Prim {
    static final double ALPHA = 0.05;
    static final double MIN_SUPPORT = 0.05;

    /** One box of the peeling trajectory: low[j] and high[j] bound uncertainty j. */
    public record Box(int step, double coverage, double density, int points, double[] low, double[] high) {
    }

    private Prim() {
    }

    /** The trajectory from the whole space inwards; x[i] is point i's values, cases[i] whether it is a case. */
    public static List<Box> peel(double[][] x, boolean[] cases) {
        int n = x.length;
        int k = n == 0 ? 0 : x[0].length;
        int total = 0;
        for (boolean c : cases) {
            total += c ? 1 : 0;
        }
        double[] low = new double[k];
        double[] high = new double[k];
        for (int j = 0; j < k; j++) {
            int jj = j;
            low[j] = Arrays.stream(x).mapToDouble(p -> p[jj]).min().orElse(Double.NaN);
            high[j] = Arrays.stream(x).mapToDouble(p -> p[jj]).max().orElse(Double.NaN);
        }
        List<Box> out = new ArrayList<>();
        boolean[] in = new boolean[n];
        Arrays.fill(in, true);
        out.add(box(0, in, cases, total, low, high));
        while (true) {
            int inside = count(in);
            double bestDensity = out.get(out.size() - 1).density();
            boolean[] bestIn = null;
            double[] bestLow = null;
            double[] bestHigh = null;
            for (int j = 0; j < k; j++) {
                double[] values = values(x, in, j);
                for (boolean fromBelow : new boolean[] {true, false}) {
                    double cut = quantile(values, fromBelow ? ALPHA : 1 - ALPHA);
                    boolean[] kept = new boolean[n];
                    for (int i = 0; i < n; i++) {
                        kept[i] = in[i] && (fromBelow ? x[i][j] > cut : x[i][j] < cut);
                    }
                    int left = count(kept);
                    if (left == inside || left < MIN_SUPPORT * n || left == 0) {
                        continue;
                    }
                    double d = density(kept, cases);
                    if (d > bestDensity) {
                        bestDensity = d;
                        bestIn = kept;
                        bestLow = low.clone();
                        bestHigh = high.clone();
                        if (fromBelow) {
                            bestLow[j] = cut;
                        } else {
                            bestHigh[j] = cut;
                        }
                    }
                }
            }
            if (bestIn == null) {
                return out;
            }
            in = bestIn;
            low = bestLow;
            high = bestHigh;
            out.add(box(out.size(), in, cases, total, low, high));
        }
    }

    /** The box to report: the densest with at least half the cases in it (the whole space if none is). */
    public static Box chosen(List<Box> trajectory) {
        Box best = trajectory.get(0);
        for (Box b : trajectory) {
            if (b.coverage() >= 0.5 && b.density() > best.density()) {
                best = b;
            }
        }
        return best;
    }

    private static Box box(int step, boolean[] in, boolean[] cases, int total, double[] low, double[] high) {
        int points = count(in);
        int hits = 0;
        for (int i = 0; i < in.length; i++) {
            hits += in[i] && cases[i] ? 1 : 0;
        }
        return new Box(step, total == 0 ? Double.NaN : hits / (double) total, points == 0 ? Double.NaN : hits / (double) points,
                points, low.clone(), high.clone());
    }

    private static double density(boolean[] in, boolean[] cases) {
        int points = 0;
        int hits = 0;
        for (int i = 0; i < in.length; i++) {
            if (in[i]) {
                points++;
                hits += cases[i] ? 1 : 0;
            }
        }
        return points == 0 ? 0 : hits / (double) points;
    }

    private static int count(boolean[] in) {
        int c = 0;
        for (boolean b : in) {
            c += b ? 1 : 0;
        }
        return c;
    }

    private static double[] values(double[][] x, boolean[] in, int j) {
        List<Double> v = new ArrayList<>();
        for (int i = 0; i < x.length; i++) {
            if (in[i]) {
                v.add(x[i][j]);
            }
        }
        return v.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    }

    /** The q-quantile of sorted values, the lower of the two nearest. */
    private static double quantile(double[] sorted, double q) {
        int i = (int) Math.floor(q * (sorted.length - 1));
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }
}
