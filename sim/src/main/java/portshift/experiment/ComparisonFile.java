package portshift.experiment;

import java.util.List;

import portshift.analysis.MetricComparison;
import portshift.analysis.PairedDifference;

/** comparison.csv: one row per outcome, A against B, over replications paired by seed. */
public final class ComparisonFile {
    public static final List<String> COLUMNS = List.of("metric", "unit", "scenario_a", "scenario_b", "pairs", "mean_a",
            "mean_b", "difference", "ci95_low", "ci95_high", "p_paired_t", "p_signed_rank", "skewed", "test", "p",
            "significant", "effect_size_dz", "effect_size_hedges_g");

    private ComparisonFile() {
    }

    /** A cell left empty where the row has no such figure: a number as NaN, text as "". */
    public static String render(String a, String b, List<MetricComparison> rows) {
        Csv csv = new Csv().header(COLUMNS);
        for (MetricComparison m : rows) {
            PairedDifference d = m.difference();
            boolean tested = m.compared() && !m.fixed();
            csv.row(m.metric().name(), m.metric().unit(), a, b, m.pairs(), m.meanA(), m.meanB(), m.meanDifference(),
                    m.ciLow(), m.ciHigh(), tested ? d.pPairedT() : Double.NaN, tested ? d.pSignedRank() : Double.NaN,
                    tested ? String.valueOf(d.skewed()) : "", m.compared() ? d.test().column() : "", m.p(),
                    m.significant(), tested ? d.effectSizeDz() : Double.NaN, m.hedgesG());
        }
        return csv.toString();
    }
}
