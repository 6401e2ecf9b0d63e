package portshift.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import portshift.TestPaths;
import portshift.model.ModelConfig;
import portshift.scenario.LoadedScenario;

/**
 * A cheaper run of every pattern check (2022-2026, fixed seeds), so that a change that breaks a pattern breaks the
 * build. The full check is `./portshift patterns`. Sixteen replications, not fewer: a pattern passes on its 95%
 * confidence intervals, and "Antwerp first in at least 80% of runs" can be shown by a Wilson interval only from 16
 * runs on (16 of 16 give a low end of 0.806; 6 of 6 give 0.61).
 */
class PatternsTest {
    static final int REPLICATIONS = 16;
    private static List<PatternResult> results;

    private static ModelConfig load(String name) {
        return LoadedScenario.load(TestPaths.scenario(name)).config().withHorizon(5 * 365, 365);
    }

    @BeforeAll
    static void runPatterns() {
        results = new Patterns().run(PatternInputs.load(PatternsTest::load), REPLICATIONS, 1,
                Runtime.getRuntime().availableProcessors());
    }

    private static PatternResult pattern(int n) {
        return results.get(n - 1);
    }

    @Test
    void antwerpSeizesMostAndThePortsRankAsIn2023() {
        assertThat(pattern(1).condition("Antwerp first (Wilson)").met()).as(pattern(1).toString()).isTrue();
        assertThat(pattern(1).condition("rank correlation").met()).as(pattern(1).toString()).isTrue();
        Condition top = pattern(1).condition("top-3 share");
        assertThat(top.low()).as("share of the three largest seizure ports, 95% CI low end").isGreaterThanOrEqualTo(0.2);
        assertThat(top.high()).as("share of the three largest seizure ports, 95% CI high end").isLessThanOrEqualTo(1.0);
    }

    /** Patterns 2 to 7 are judged by their own rules; pattern 1 is checked in detail above. */
    @ParameterizedTest(name = "pattern {0}: {1}")
    @CsvSource({
        "2, screening and interception are low",
        "3, a unilateral crackdown displaces part of its flow",
        "4, harmonization leaves fewer weak links",
        "5, corruption blunts scanners",
        "6, pressure splits shipments and widens the footprint",
        "7, arrests have diminishing returns while recruitment goes on"
    })
    void patternHolds(int n, String claim) {
        assertThat(pattern(n).pass()).as(pattern(n).toString()).isTrue();
    }

    @Test
    void patternsOneAndTwoShareDataWithTheCalibrationAndTheOthersDoNot() {
        assertThat(results.stream().filter(PatternResult::usesCalibrationData).map(PatternResult::number))
                .containsExactly(1, 2);
    }
}
