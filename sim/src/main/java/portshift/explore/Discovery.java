package portshift.explore;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import portshift.analysis.Metric;
import portshift.analysis.Outcome;

/**
 * Scenario discovery on an exploration: the points where the second policy does worse than the first on one outcome by
 * more than a threshold (by the outcome's better direction, comparing the policies' means over the replications) are
 * the cases, and PRIM finds the box of the uncertainties where they gather.
 *
 * @param outcome    the outcome judged
 * @param threshold  how much worse, in the outcome's unit, a point must be to count (0: any worse)
 * @param cases      cases[i]: whether the second policy does worse at point i by more than the threshold
 * @param trajectory the PRIM peeling trajectory
 */
public record Discovery(Outcome outcome, double threshold, boolean[] cases, List<Prim.Box> trajectory) {

    public static Discovery of(Exploration e, Map<String, List<Map<Metric, Double>>> outcomes, Outcome o,
                               double threshold) {
        if (o.better() == Outcome.Better.NEITHER) {
            throw new IllegalArgumentException(o.column() + " has no better direction");
        }
        double[][] means = Robustness.means(e, outcomes, o);
        boolean[] cases = new boolean[e.points()];
        for (int i = 0; i < cases.length; i++) {
            double d = means[1][i] - means[0][i];
            cases[i] = o.better() == Outcome.Better.LOWER ? d > threshold : d < -threshold;
        }
        return new Discovery(o, threshold, cases, Prim.peel(e.values(), cases));
    }

    /** How many points are cases. */
    public int count() {
        int c = 0;
        for (boolean b : cases) {
            c += b ? 1 : 0;
        }
        return c;
    }

    /**
     * The chosen box's main restrictions in words, e.g. "x > 0.021 and y < 0.95": those that cut off at least a tenth
     * of an uncertainty's sampled span, largest first (at most three, the rest counted), or "" if none does.
     */
    public String restrictions(Exploration e) {
        Prim.Box box = Prim.chosen(trajectory);
        Prim.Box all = trajectory.get(0);
        List<double[]> cuts = new java.util.ArrayList<>();   // {share of span cut, dimension, 0 low / 1 high}
        for (int j = 0; j < e.dimensions().size(); j++) {
            double span = all.high()[j] - all.low()[j];
            if (span > 0) {
                cuts.add(new double[] {(box.low()[j] - all.low()[j]) / span, j, 0});
                cuts.add(new double[] {(all.high()[j] - box.high()[j]) / span, j, 1});
            }
        }
        List<double[]> main = cuts.stream().filter(c -> c[0] >= 0.1).sorted((a, b) -> Double.compare(b[0], a[0])).toList();
        if (main.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        for (double[] c : main.subList(0, Math.min(3, main.size()))) {
            int j = (int) c[1];
            boolean low = c[2] == 0;
            out.append(out.length() > 0 ? " and " : "").append(e.dimensions().get(j).name())
                    .append(low ? " > " : " < ").append(shown(low ? box.low()[j] : box.high()[j]));
        }
        long smaller = cuts.stream().filter(c -> c[0] > 0).count() - Math.min(3, main.size());
        return smaller > 0 ? out + " (and " + smaller + " smaller cuts)" : out.toString();
    }

    /** "does worse", or "does worse by more than 5 t/year". */
    public String worse() {
        return threshold == 0 ? "does worse" : "does worse by more than " + shown(threshold) + " " + outcome.unit();
    }

    private static String shown(double v) {
        return String.format(Locale.ROOT, "%.3g", v);
    }
}
