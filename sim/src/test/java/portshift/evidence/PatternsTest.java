package portshift.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import portshift.Slow;
import portshift.TestPaths;
import portshift.model.ModelConfig;
import portshift.scenario.LoadedScenario;

/**
 * Every pattern check as `./portshift patterns --replications 20 --seed 1` runs it (2022-2027, the runs of
 * docs/validation.md's table), so that a change that breaks a pattern breaks the build. A shorter run was used before;
 * with Antwerp's lead over Rotterdam narrower in the world with footholds, "Antwerp first in at least 80% of runs"
 * was then shown in 15 of 16 five-year runs only, which a Wilson interval cannot carry over 0.8 (the full check has
 * Antwerp first in all 20). The default world does not meet patterns 3, 4 and 5
 * (docs/validation.md, "Results"): only what holds of pattern 3 is checked, and for 4 and 5 that they are measured as
 * defined, so that the build does not stand on a claim the model does not meet.
 */
@Slow
class PatternsTest {
    static final int REPLICATIONS = 20;
    private static List<PatternResult> results;

    private static ModelConfig load(String name) {
        return LoadedScenario.load(TestPaths.scenario(name)).config();
    }

    @BeforeAll
    static void runPatterns() {
        results = new Patterns(Targets.of(LoadedScenario.load(TestPaths.scenario("calibration.yaml")))).run(PatternInputs.load(PatternsTest::load), REPLICATIONS, 1,
                Runtime.getRuntime().availableProcessors());
    }

    private static PatternResult pattern(int n) {
        return results.get(n - 1);
    }

    @Test
    void antwerpSeizesMostAndThePortsRankAsIn2023() {
        assertThat(pattern(1).pass()).as(pattern(1).toString()).isTrue();
    }

    /** Patterns judged by their own rules and met by the default world (docs/validation.md, "Results"). */
    @ParameterizedTest(name = "pattern {0}: {1}")
    @CsvSource({
        "2, screening and interception are low",
        "6, pressure splits shipments and widens the footprint",
        "7, arrests have diminishing returns while recruitment goes on"
    })
    void patternHolds(int n, String claim) {
        assertThat(pattern(n).pass()).as(pattern(n).toString()).isTrue();
    }

    /**
     * Pattern 3 does not pass its rule in the default world: at 20 six-year replications the displaced share's interval
     * reaches 1 (docs/validation.md). What holds, and is checked, is that part of the flow is displaced.
     */
    @Test
    void aUnilateralCrackdownDisplacesFlow() {
        assertThat(pattern(3).condition("displaced share").low()).as(pattern(3).toString()).isGreaterThan(0);
    }

    /**
     * Pattern 4 must measure something: ports that screened under 4% before the scanners came, in every replication,
     * so that its difference is not zero by construction.
     */
    @Test
    void patternFourIsJudgedOnPortsThatWereWeakLinksBeforeTheScanners() {
        assertThat(pattern(4).detail()).as(pattern(4).toString()).contains("weak links before 2024-01")
                .doesNotContain("no European port screened");
        assertThat(pattern(4).rule()).isEqualTo("difference: 95% CI high end < 0");
    }

    @Test
    void patternFiveIsMeasuredOnSeizuresUpstreamOfTheExportPortsScanners() {
        assertThat(pattern(5).measure()).contains("seized upstream").contains("Guayaquil, Callao, Santos, "
                + "Buenaventura and Cartagena");
        assertThat(pattern(5).rule()).isEqualTo("difference: 95% CI high end < 0");
    }

    @Test
    void patternsOneAndTwoShareDataWithTheCalibrationAndTheOthersDoNot() {
        assertThat(results.stream().filter(PatternResult::usesCalibrationData).map(PatternResult::number))
                .containsExactly(1, 2);
    }
}
