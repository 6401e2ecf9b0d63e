package portshift.explore;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import portshift.analysis.Metric;
import portshift.analysis.Outcome;

/**
 * One measure of one uncertainty's influence on one outcome of a policy, or on a policy's difference from the first
 * policy ("B - A", point by point).
 */
public record SensitivityRow(Outcome outcome, String of, Sensitivity.Measure measure) {

    /** Every measure of the exploration's design, for every reported outcome, policy and difference. */
    public static List<SensitivityRow> of(Exploration e, Map<String, List<Map<Metric, Double>>> outcomes, long seed) {
        List<SensitivityRow> rows = new ArrayList<>();
        for (Outcome o : ExplorationFiles.reported(outcomes)) {
            double[][] means = Robustness.means(e, outcomes, o);
            for (int p = 0; p < means.length; p++) {
                add(rows, e, o, e.policies().get(p), means[p], seed);
            }
            for (int p = 1; p < means.length; p++) {
                add(rows, e, o, difference(e, p), differences(means, p), seed);
            }
        }
        return rows;
    }

    private static void add(List<SensitivityRow> rows, Exploration e, Outcome o, String of, double[] y, long seed) {
        for (Sensitivity.Measure m : e.sensitivity().measures(y, seed)) {
            rows.add(new SensitivityRow(o, of, m));
        }
    }

    /** How a policy's difference from the first is named: "B - A". */
    public static String difference(Exploration e, int p) {
        return e.policies().get(p) + " - " + e.policies().get(0);
    }

    /** Policy p's mean minus the first policy's, point by point. */
    public static double[] differences(double[][] means, int p) {
        double[] out = new double[means[p].length];
        for (int i = 0; i < out.length; i++) {
            out[i] = means[p][i] - means[0][i];
        }
        return out;
    }

    /** The measure by which uncertainties are ranked: the total Sobol index, Morris's mu*, or the rank correlation. */
    public static boolean ranks(Sensitivity.Measure m) {
        return m.name().equals("total_order") || m.name().equals("mu_star") || m.name().equals("rank_correlation");
    }

    /** How much an uncertainty matters by that measure: its size (a rank correlation's sign is its direction). */
    public static double influence(Sensitivity.Measure m) {
        return Double.isFinite(m.value()) ? Math.abs(m.value()) : 0;
    }

    /**
     * The ranking measure's rows of the second policy's difference from the first in outcome o, most influential
     * first (ties in the uncertainties' order).
     */
    public static List<SensitivityRow> ranking(Exploration e, List<SensitivityRow> rows, Outcome o) {
        String of = difference(e, 1);
        return rows.stream().filter(r -> r.outcome() == o && r.of().equals(of) && ranks(r.measure()))
                .sorted(Comparator.comparingDouble((SensitivityRow r) -> -influence(r.measure()))
                        .thenComparingInt(r -> r.measure().uncertainty()))
                .toList();
    }

    /** The uncertainties in the order of {@link #ranking}. */
    public static List<Integer> ranked(Exploration e, List<SensitivityRow> rows, Outcome o) {
        return ranking(e, rows, o).stream().map(r -> r.measure().uncertainty()).toList();
    }
}
