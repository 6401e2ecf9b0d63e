package portshift.explore;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The Patient Rule Induction Method (Friedman and Fisher 1999), peeling then pasting. A box bounds every uncertainty
 * by two sampled values, both inclusive: a point is in the box when low[j] <= x[j] <= high[j] for every j, and the box
 * of all points runs from each uncertainty's smallest sampled value to its largest.
 * <ul>
 * <li>Peeling: repeatedly cut off at one end of one uncertainty the {@value #ALPHA} share of the points in the box (at
 * least one point, and every point tied with the last one cut), choosing the cut that leaves the highest share of
 * cases, until a cut would leave fewer than {@value #MIN_SUPPORT} of the points or none raises that share.</li>
 * <li>Pasting, from the box chosen on the peeling trajectory: repeatedly widen one of its bounds to take in the
 * {@value #ALPHA} share of its points' number from just outside it (the points that meet every other bound), choosing
 * the widening that gives the highest share of cases, while that share rises.</li>
 * </ul>
 * Coverage is the cases in the box over all cases; density the cases in the box over the points in it.
 */
public final class Prim {
    static final double ALPHA = 0.05;
    static final double MIN_SUPPORT = 0.05;

    /** Where a box comes from: a step of peeling or of pasting, or the box reported after the significance check. */
    public enum Phase {
        PEEL, PASTE, REPORTED
    }

    /** One box: low[j] and high[j] bound uncertainty j, both inclusive. */
    public record Box(int step, Phase phase, double coverage, double density, int points, int cases, double[] low,
                      double[] high) {
        /** Whether the point lies in the box. */
        public boolean holds(double[] x) {
            return holdsBut(x, -1);
        }

        /** Whether the point meets every bound of the box but uncertainty j's. */
        boolean holdsBut(double[] x, int j) {
            for (int d = 0; d < x.length; d++) {
                if (d != j && (x[d] < low[d] || x[d] > high[d])) {
                    return false;
                }
            }
            return true;
        }
    }

    private Prim() {
    }

    /** The box of every point: each uncertainty from its smallest sampled value to its largest. */
    public static Box all(double[][] x, boolean[] cases) {
        int k = x.length == 0 ? 0 : x[0].length;
        double[] low = new double[k];
        double[] high = new double[k];
        for (int j = 0; j < k; j++) {
            int jj = j;
            low[j] = Arrays.stream(x).mapToDouble(p -> p[jj]).min().orElse(Double.NaN);
            high[j] = Arrays.stream(x).mapToDouble(p -> p[jj]).max().orElse(Double.NaN);
        }
        return box(0, Phase.PEEL, x, cases, low, high);
    }

    /** The peeling trajectory from the box of all points inwards; x[i] is point i's values, cases[i] whether it is a case. */
    public static List<Box> peel(double[][] x, boolean[] cases) {
        int n = x.length;
        List<Box> out = new ArrayList<>(List.of(all(x, cases)));
        while (true) {
            Box now = out.get(out.size() - 1);
            Box best = null;
            for (int j = 0; j < now.low().length; j++) {
                double[] values = inside(x, now, j, now.low()[j], now.high()[j]);
                int cut = Math.max(1, (int) Math.ceil(ALPHA * values.length));
                if (cut >= values.length) {
                    continue;
                }
                // from below: the new low is the first value above the cut-off ones; from above, the mirror
                double low = firstAbove(values, values[cut - 1]);
                double high = lastBelow(values, values[values.length - cut]);
                for (Box candidate : new Box[] {Double.isNaN(low) ? null : with(x, cases, now, j, low, now.high()[j]),
                        Double.isNaN(high) ? null : with(x, cases, now, j, now.low()[j], high)}) {
                    if (candidate != null && candidate.points() >= MIN_SUPPORT * n && candidate.points() > 0
                            && candidate.density() > (best == null ? now.density() : best.density())) {
                        best = candidate;
                    }
                }
            }
            if (best == null) {
                return out;
            }
            out.add(box(out.size(), Phase.PEEL, x, cases, best.low(), best.high()));
        }
    }

    /** The box to start pasting from: the densest on the peeling trajectory with at least half the cases in it. */
    public static Box chosen(List<Box> peeling) {
        Box best = peeling.get(0);
        for (Box b : peeling) {
            if (b.coverage() >= 0.5 && b.density() > best.density()) {
                best = b;
            }
        }
        return best;
    }

    /**
     * The pasting steps from a box, numbered on from {@code step}; empty if no widening raises the density. whole is
     * the box of all points, which no bound passes.
     */
    public static List<Box> paste(double[][] x, boolean[] cases, Box from, Box whole, int step) {
        List<Box> out = new ArrayList<>();
        Box now = from;
        while (true) {
            Box best = null;
            for (int j = 0; j < now.low().length; j++) {
                int take = Math.max(1, (int) Math.ceil(ALPHA * now.points()));
                double[] below = inside(x, now, j, whole.low()[j], Math.nextDown(now.low()[j]));
                double[] above = inside(x, now, j, Math.nextUp(now.high()[j]), whole.high()[j]);
                Box down = below.length == 0 ? null
                        : with(x, cases, now, j, below[Math.max(0, below.length - take)], now.high()[j]);
                Box up = above.length == 0 ? null
                        : with(x, cases, now, j, now.low()[j], above[Math.min(above.length, take) - 1]);
                for (Box candidate : new Box[] {down, up}) {
                    if (candidate != null && candidate.density() > (best == null ? now.density() : best.density())) {
                        best = candidate;
                    }
                }
            }
            if (best == null) {
                return out;
            }
            now = box(step + out.size(), Phase.PASTE, x, cases, best.low(), best.high());
            out.add(now);
        }
    }

    /** The box with uncertainty j's bounds set to low and high, and its counts. */
    static Box with(double[][] x, boolean[] cases, Box b, int j, double low, double high) {
        double[] l = b.low().clone();
        double[] h = b.high().clone();
        l[j] = low;
        h[j] = high;
        return box(b.step(), b.phase(), x, cases, l, h);
    }

    /** A box and its counts. */
    static Box box(int step, Phase phase, double[][] x, boolean[] cases, double[] low, double[] high) {
        int total = 0;
        int points = 0;
        int hits = 0;
        Box b = new Box(step, phase, 0, 0, 0, 0, low.clone(), high.clone());
        for (int i = 0; i < x.length; i++) {
            total += cases[i] ? 1 : 0;
            if (b.holds(x[i])) {
                points++;
                hits += cases[i] ? 1 : 0;
            }
        }
        return new Box(step, phase, total == 0 ? Double.NaN : hits / (double) total,
                points == 0 ? Double.NaN : hits / (double) points, points, hits, b.low(), b.high());
    }

    /**
     * The sorted values of uncertainty j at the points that meet every bound of the box but j's, with j's value
     * between from and to (inclusive).
     */
    private static double[] inside(double[][] x, Box b, int j, double from, double to) {
        List<Double> v = new ArrayList<>();
        for (double[] p : x) {
            if (p[j] >= from && p[j] <= to && b.holdsBut(p, j)) {
                v.add(p[j]);
            }
        }
        return v.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    }

    private static double firstAbove(double[] sorted, double v) {
        return Arrays.stream(sorted).filter(s -> s > v).findFirst().orElse(Double.NaN);
    }

    private static double lastBelow(double[] sorted, double v) {
        double out = Double.NaN;
        for (double s : sorted) {
            if (s < v) {
                out = s;
            }
        }
        return out;
    }
}
