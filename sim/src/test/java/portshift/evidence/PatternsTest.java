package portshift.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import portshift.TestPaths;
import portshift.model.ModelConfig;
import portshift.scenario.LoadedScenario;

/**
 * A cheaper run of every pattern check (6 replications, 2022-2026, fixed seeds), so that a change
 * that breaks a pattern breaks the build. The full check is `./portshift patterns`.
 */
class PatternsTest {
    private static List<PatternResult> results;

    private static ModelConfig load(String name) {
        return LoadedScenario.load(TestPaths.scenario(name)).config().withHorizon(5 * 365, 365);
    }

    @BeforeAll
    static void runPatterns() {
        results = new Patterns().run(PatternInputs.load(PatternsTest::load), 6, 1, Runtime.getRuntime().availableProcessors());
    }

    private static PatternResult pattern(int n) {
        return results.get(n - 1);
    }

    @Test
    void antwerpSeizesMostAndThePortsRankAsIn2023() {
        Matcher m = Pattern.compile("Antwerp first in (\\d+)% of runs; rho ([-\\d.]+)").matcher(pattern(1).detail());
        assertThat(m.find()).isTrue();
        assertThat(Double.parseDouble(m.group(1))).as("runs where Antwerp seizes most, %").isGreaterThanOrEqualTo(80);
        assertThat(Double.parseDouble(m.group(2))).as("rank correlation with 2023").isGreaterThanOrEqualTo(0.6);
        assertThat(pattern(1).observed()).as("share of the three largest seizure ports").isBetween(0.2, 1.0);
    }

    /** Patterns 2 to 7 are judged by their own expectation; pattern 1 is checked in detail above. */
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
}
