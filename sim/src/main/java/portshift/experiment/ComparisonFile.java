package portshift.experiment;

import java.util.List;

import portshift.analysis.MetricComparison;

/** comparison.csv: one row per outcome, A against B. */
public final class ComparisonFile {
    public static final List<String> COLUMNS = List.of("metric", "unit", "scenario_a", "scenario_b", "n", "mean_a",
            "mean_b", "difference", "ci95_low", "ci95_high", "p_welch", "p_mann_whitney", "skewed", "test", "p",
            "significant", "effect_size_hedges_g");

    private ComparisonFile() {
    }

    public static String render(String a, String b, List<MetricComparison> rows) {
        Csv csv = new Csv().header(COLUMNS);
        for (MetricComparison m : rows) {
            boolean compared = Double.isFinite(m.pWelch());
            csv.row(m.metric().name(), m.metric().unit(), a, b, m.n(), m.meanA(), m.meanB(), m.difference(), m.ciLow(), m.ciHigh(),
                    m.pWelch(), m.pMannWhitney(), m.skewed(), compared ? (m.skewed() ? "mann-whitney" : "welch") : "",
                    m.p(), compared && m.significant(), m.effectSize());
        }
        return csv.toString();
    }
}
