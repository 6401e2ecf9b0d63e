package portshift.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import portshift.analysis.InterventionWindow;
import portshift.analysis.Metric;
import portshift.analysis.MetricComparison;
import portshift.analysis.Outcome;
import portshift.analysis.PairedDifference;
import portshift.model.PortMeasure;
import portshift.observe.PortMonth;

/** The gains-and-losses panel and the forest plot's rows, on hand-made runs where the answer is known. */
class ShareChangesTest {
    private static final InterventionWindow CRACKDOWN = new InterventionWindow("crackdown", YearMonth.of(2024, 1),
            Set.of("ANTWERP"));

    private static PortMonth sent(String port, String month, double kg) {
        return new PortMonth(port, "EUROPE", "IMPORT", month, true,
                Map.of(PortMeasure.ATTEMPTED_KG, kg, PortMeasure.DELIVERED_KG, kg, PortMeasure.SHIPMENTS, 1.0));
    }

    /** Antwerp 80 -> 60 of 100 kg, Valencia 20 -> 40; a month outside both windows does not count. */
    private static List<PortMonth> run(double valenciaAfter) {
        return List.of(sent("ANTWERP", "2023-06", 80), sent("VALENCIA", "2023-06", 20),
                sent("ANTWERP", "2024-06", 60), sent("VALENCIA", "2024-06", valenciaAfter),
                sent("ANTWERP", "2021-01", 1000));
    }

    @Test
    void thePortThatGainedComesFirstAndTheOneThatLostLast() {
        List<ShareChanges.Change> changes = ShareChanges.changes(Map.of(0, run(40), 1, run(40)), CRACKDOWN);
        assertThat(changes).extracting(ShareChanges.Change::port).containsExactly("VALENCIA", "ANTWERP");
        assertThat(changes.get(0).mean()).isCloseTo(20, within(1e-9));
        assertThat(changes.get(1).mean()).isCloseTo(-20, within(1e-9));
        assertThat(changes.get(1).low()).isCloseTo(-20, within(1e-9));
    }

    @Test
    void aPanelNeedsMonthsOnBothSidesAndSaysHowMany() {
        InterventionWindow atTheStart = new InterventionWindow("early", YearMonth.of(2023, 6), Set.of("ANTWERP"));
        assertThat(ShareChanges.months(Map.of(0, run(40)), atTheStart)).containsExactly(0, 1);
        assertThat(ShareChanges.drawable(Map.of(0, run(40)), atTheStart)).isFalse();
        assertThat(ShareChanges.drawable(Map.of(0, run(40)), CRACKDOWN)).isTrue();
        assertThat(ShareChanges.months(Map.of(0, run(40)), CRACKDOWN)).containsExactly(1, 1);
    }

    @Test
    void theForestPlotShowsEachDifferenceRelativeToA() {
        PairedDifference tested = new PairedDifference(10, 5, 15, 0.01, 0.02, false, PairedDifference.Test.PAIRED_T,
                1.2);
        MetricComparison delivered = new MetricComparison(Metric.of(Outcome.DELIVERED_EUROPE), 30, 200, 210, 0.5,
                tested);
        MetricComparison nothingInA = new MetricComparison(Metric.of(Outcome.NON_MEMBER_SHARE), 30, 0, 0.1, 0.5,
                new PairedDifference(0.1, 0.05, 0.15, 0.01, 0.02, false, PairedDifference.Test.PAIRED_T, 1.2));
        MetricComparison delay = new MetricComparison(Metric.of(Outcome.LEGIT_DELAY), 30, 1000, 900, Double.NaN,
                new PairedDifference(-100, -100, -100, Double.NaN, Double.NaN, false, PairedDifference.Test.FIXED,
                        Double.NaN));
        List<ForestPlot.Row> rows = ForestPlot.rows(List.of(delivered, nothingInA, delay));
        assertThat(rows.get(0).relative()).isCloseTo(5, within(1e-12));
        assertThat(rows.get(0).low()).isCloseTo(2.5, within(1e-12));
        assertThat(rows.get(0).significant()).isTrue();
        assertThat(rows.get(0).text()).isEqualTo("+10.00 [5.00, 15.00] t/year");
        assertThat(rows.get(1).relative()).isNaN();
        assertThat(rows.get(1).significant()).isFalse();
        // the same difference in every pair: drawn at -10% with no bar, not marked, said to be fixed
        assertThat(rows.get(2).relative()).isCloseTo(-10, within(1e-12));
        assertThat(rows.get(2).low()).isNaN();
        assertThat(rows.get(2).verdict()).isEqualTo(ForestPlot.Verdict.FIXED);
        assertThat(rows.get(2).text()).isEqualTo("-100.0 k container-h/year, fixed");
    }
}
