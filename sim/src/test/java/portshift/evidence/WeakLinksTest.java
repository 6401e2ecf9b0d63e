package portshift.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import portshift.experiment.RunResult;
import portshift.model.PortMeasure;
import portshift.observe.PortMonth;

/**
 * Pattern 4 on hand-built months: the weak links are the ports that screened under 4% before the intervention, fixed
 * per replication, and the pattern is judged on the kilograms delivered through them after it, so that lifting them
 * over the bound does not pass by itself.
 */
class WeakLinksTest {
    private static final YearMonth FROM = YearMonth.of(2024, 1);

    private static PortMonth month(String port, String month, double screenedShare, double deliveredKg) {
        return new PortMonth(port, "EUROPE", "IMPORT", month, true, Map.of(PortMeasure.ATTEMPTED_KG, deliveredKg,
                PortMeasure.DELIVERED_KG, deliveredKg, PortMeasure.SHIPMENTS, 1.0,
                PortMeasure.CONTAINERS_SCREENED, screenedShare * 1000, PortMeasure.CONTAINERS_HANDLED, 1000.0));
    }

    /**
     * One run: before 2024, WEAK screens 3% and STRONG 10%; from 2024 on WEAK screens as given, and each port receives
     * the kg given.
     */
    private static RunResult run(double weakAfter, double weakKg, double strongKg) {
        List<PortMonth> months = new ArrayList<>();
        months.add(month("WEAK", "2023-06", 0.03, 500));
        months.add(month("STRONG", "2023-06", 0.10, 500));
        months.add(month("WEAK", "2024-06", weakAfter, weakKg));
        months.add(month("STRONG", "2024-06", 0.10, strongKg));
        return new RunResult(null, null, months, List.of(), List.of(), 0);
    }

    @Test
    void theWeakLinksAreThePortsUnderTheBoundBeforeTheIntervention() {
        RunResult r = run(0.08, 100, 900);
        assertThat(WeakLinks.weakBefore(r.ports(), FROM, 0.04)).containsExactly("WEAK");
        assertThat(WeakLinks.weakBefore(r.ports(), FROM, 0.02)).isEmpty();
        // 100 kg in the one reported month from 2024 on: 1.2 t a year
        assertThat(WeakLinks.deliveredTonnesPerYear(r.ports(), Set.of("WEAK"), FROM)).isCloseTo(1.2, within(1e-12));
    }

    @Test
    void lessDeliveredThroughTheFormerWeakLinksPasses() {
        List<RunResult> spread = List.of(run(0.08, 100, 900), run(0.08, 120, 880), run(0.08, 90, 910));
        List<RunResult> concentrated = List.of(run(0.03, 300, 700), run(0.03, 280, 720), run(0.03, 330, 670));
        PatternResult r = WeakLinks.of(spread, concentrated, FROM, 20);
        // 200, 160 and 240 kg less in the month after: -2.4, -1.92 and -2.88 t a year
        assertThat(r.observed()).isCloseTo(-2.4, within(1e-9));
        assertThat(r.pass()).isTrue();
    }

    @Test
    void liftingTheWeakLinksOverTheBoundIsNotEnoughWhenMoreGetsThrough() {
        // the spread variant lifts WEAK to 8%, so the same month's weak-link share is 0, yet more cocaine reaches it
        List<RunResult> spread = List.of(run(0.08, 400, 600), run(0.08, 420, 580), run(0.08, 390, 610));
        List<RunResult> concentrated = List.of(run(0.03, 300, 700), run(0.03, 280, 720), run(0.03, 330, 670));
        PatternResult r = WeakLinks.of(spread, concentrated, FROM, 20);
        assertThat(r.observed()).isPositive();
        assertThat(r.pass()).isFalse();
        assertThat(r.detail()).contains("under 4% -0.").contains("WEAK 3");
    }

    @Test
    void variantsThatDifferBeforeTheInterventionAreRefused() {
        RunResult other = new RunResult(null, null, List.of(month("WEAK", "2023-06", 0.05, 500),
                month("STRONG", "2023-06", 0.10, 500)), List.of(), List.of(), 0);
        assertThatThrownBy(() -> WeakLinks.of(List.of(run(0.08, 1, 1), run(0.08, 1, 1)),
                List.of(other, run(0.03, 1, 1)), FROM, 20))
                .hasMessageContaining("pattern 4: replication 0: the variants differ before 2024-01");
    }
}
