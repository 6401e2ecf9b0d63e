package portshift.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import portshift.experiment.RunResult;
import portshift.model.PortMeasure;
import portshift.observe.PortMonth;

/**
 * Pattern 4 on hand-built months: a bound under which no port ever falls is reported as not applicable and left out
 * of the pass; a bound under which a port does fall is judged, and fails when the alliance is not lower there.
 */
class WeakLinkBoundsTest {

    /** One run: two European ports, each one month, 100 kg each, screening the given shares of their containers. */
    private static RunResult run(double screenedA, double screenedB) {
        List<PortMonth> months = new ArrayList<>();
        months.add(month("A", screenedA));
        months.add(month("B", screenedB));
        return new RunResult(null, null, months, List.of(), List.of(), 0);
    }

    private static PortMonth month(String port, double screened) {
        return new PortMonth(port, "EUROPE", "IMPORT", "2024-01", true, Map.of(PortMeasure.ATTEMPTED_KG, 100.0,
                PortMeasure.DELIVERED_KG, 100.0, PortMeasure.SHIPMENTS, 1.0, PortMeasure.CONTAINERS_SCREENED, screened * 1000,
                PortMeasure.CONTAINERS_HANDLED, 1000.0));
    }

    private static List<RunResult> runs(double screenedA, double... screenedB) {
        List<RunResult> out = new ArrayList<>();
        for (double b : screenedB) {
            out.add(run(screenedA, b));
        }
        return out;
    }

    @Test
    void aBoundNoPortFallsUnderIsNotJudged() {
        // alliance: B screens 5% (weak only under 6%); no coordination: B screens 3% (weak under 4% and 6%)
        PatternResult r = new Patterns().weakLinks(runs(0.5, 0.05, 0.05, 0.05), runs(0.5, 0.03, 0.031, 0.032));
        assertThat(r.conditions().get(0).rule()).contains("not applicable");
        assertThat(r.conditions().get(1).met()).as("4%: alliance 0 against 0.5").isTrue();
        assertThat(r.conditions().get(2).met()).as("6%: 0.5 against 0.5, no difference").isFalse();
        assertThat(r.pass()).isFalse();
    }

    @Test
    void aBoundSomePortFallsUnderIsJudged() {
        // at 2% the no-coordination side has a weak port and the alliance none: judged, and the alliance is lower
        PatternResult r = new Patterns().weakLinks(runs(0.5, 0.07, 0.08, 0.09), runs(0.5, 0.01, 0.015, 0.012));
        assertThat(r.conditions()).allSatisfy(c -> assertThat(c.rule()).doesNotContain("not applicable"));
        assertThat(r.pass()).isTrue();
    }
}
