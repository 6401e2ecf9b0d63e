package portshift.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;

import portshift.TestPaths;
import portshift.model.ModelConfig;
import portshift.scenario.LoadedScenario;

/**
 * The rules a pattern must earn: a 95% confidence interval, not a mean, against the threshold, with intervals worked
 * out by hand; the scanners pattern 5 divides by, read from the variants; and the table's statement of each rule.
 */
class PatternRulesTest {
    private static final double Z = 1.959964;

    @Test
    void aShareOfRunsUsesTheWilsonScoreInterval() {
        // all of n: the low end is n / (n + z^2)
        assertThat(Intervals.share(16, 16)[1]).isCloseTo(16 / (16 + Z * Z), within(1e-6));
        // 15 of 20: (p + z^2/2n -/+ z sqrt(p(1-p)/n + z^2/4n^2)) / (1 + z^2/n)
        double p = 0.75;
        double n = 20;
        double centre = (p + Z * Z / (2 * n)) / (1 + Z * Z / n);
        double half = Z * Math.sqrt(p * (1 - p) / n + Z * Z / (4 * n * n)) / (1 + Z * Z / n);
        double[] ci = Intervals.share(15, 20);
        assertThat(ci[0]).isEqualTo(0.75);
        assertThat(ci[1]).isCloseTo(centre - half, within(1e-6));
        assertThat(ci[2]).isCloseTo(centre + half, within(1e-6));
    }

    @Test
    void antwerpFirstInEveryRunPassesOnlyWithEnoughRuns() {
        // the threshold is 80% of runs: 6 of 6 cannot show it (low end 0.61), 16 of 16 can (0.806), 15 of 16 cannot
        assertThat(Condition.lowAtLeast("Antwerp first", Intervals.share(6, 6), Patterns.ANTWERP_FIRST).met()).isFalse();
        assertThat(Condition.lowAtLeast("Antwerp first", Intervals.share(16, 16), Patterns.ANTWERP_FIRST).met()).isTrue();
        assertThat(Condition.lowAtLeast("Antwerp first", Intervals.share(15, 16), Patterns.ANTWERP_FIRST).met()).isFalse();
    }

    @Test
    void aMeanUsesTheTInterval() {
        // 1, 2, 3, 4: mean 2.5, s = 1.29099, t(0.975, 3) = 3.18245, half width 3.18245 x 1.29099 / 2 = 2.05426
        double[] ci = Intervals.mean(new double[] {1, 2, 3, 4});
        assertThat(ci[0]).isEqualTo(2.5);
        assertThat(ci[1]).isCloseTo(2.5 - 2.05426, within(1e-4));
        assertThat(ci[2]).isCloseTo(2.5 + 2.05426, within(1e-4));
        // values that are not finite (a displacement where the port's flow did not fall) are left out
        assertThat(Intervals.mean(new double[] {1, Double.NaN, 2, 3, 4})[2]).isCloseTo(ci[2], within(1e-12));
    }

    @Test
    void aMeanOnTheRightSideOfTheThresholdIsNotEnough() {
        double[] straddling = Intervals.mean(new double[] {-3, -2, 1});
        assertThat(straddling[0]).isNegative();
        assertThat(Condition.highBelow("difference", straddling, 0).met()).isFalse();
        assertThat(Condition.highBelow("difference", Intervals.mean(new double[] {-3, -2, -2.5}), 0).met()).isTrue();
        assertThat(Condition.lowAbove("loads change", Intervals.mean(new double[] {5, 6, 7}), 0).met()).isTrue();
        assertThat(Condition.lowAbove("loads change", Intervals.mean(new double[] {5, -6, 7}), 0).met()).isFalse();
        // a single replication gives no interval, so nothing passes on it
        assertThat(Condition.highBelow("difference", Intervals.mean(new double[] {-3}), 0).met()).isFalse();
    }

    @Test
    void partNotAllNeedsTheWholeIntervalStrictlyBetweenZeroAndOne() {
        assertThat(Condition.strictlyWithin("displaced share", new double[] {0.5, 0.2, 0.8}, 0, 1).met()).isTrue();
        assertThat(Condition.strictlyWithin("displaced share", new double[] {0.95, 0.9, 1.0}, 0, 1).met()).isFalse();
        assertThat(Condition.strictlyWithin("displaced share", new double[] {0.1, 0.0, 0.2}, 0, 1).met()).isFalse();
        assertThat(Condition.within("interception rate", new double[] {0.15, 0.1, 0.2}, 0.1, 0.2).met()).isTrue();
        assertThat(Condition.within("interception rate", new double[] {0.15, 0.09, 0.2}, 0.1, 0.2).met()).isFalse();
    }

    @Test
    void theRuleSaysWhatDecidedTheRowAndThePatternPassesOnlyIfEveryConditionIsMet() {
        PatternResult r = new PatternResult(6, "p", false, "m", "e", -1, -2, 0, "d",
                List.of(Condition.highBelow("load change", new double[] {-1, -2, -0.5}, 0),
                        Condition.lowAbove("routes change", new double[] {1, -0.1, 2}, 0)));
        assertThat(r.rule()).isEqualTo("load change: 95% CI high end < 0; routes change: 95% CI low end > 0");
        assertThat(r.pass()).isFalse();
        String csv = PatternTable.csv(List.of(r));
        assertThat(csv.lines().findFirst().orElseThrow()).isEqualTo(String.join(",", PatternTable.COLUMNS));
        assertThat(csv).contains("\"load change: 95% CI high end < 0; routes change: 95% CI low end > 0\"")
                .contains("6,\"p\",false,");
        assertThat(PatternTable.markdown(List.of(r))).contains("| 6 | p | no | load change: 95% CI high end < 0;");
    }

    private static ModelConfig load(String file) {
        return LoadedScenario.load(TestPaths.scenario(file)).config();
    }

    @Test
    void theScannersAVariantAddsAreReadFromItsIntervention() {
        assertThat(RunFacts.addedScanners(load("pattern-more-scanners.yaml"), load("baseline.yaml"))).isEqualTo(20);
        assertThat(RunFacts.addedScanners(load("pattern-more-scanners-high-corruption.yaml"), load("high-corruption.yaml")))
                .isEqualTo(20);
        assertThat(RunFacts.addedScanners(load("pattern-antwerp-crackdown.yaml"), load("baseline.yaml"))).isEqualTo(5);
        assertThat(RunFacts.addedScanners(load("baseline.yaml"), load("baseline.yaml"))).isZero();
    }
}
