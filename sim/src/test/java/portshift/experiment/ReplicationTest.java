package portshift.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import portshift.TestPaths;
import portshift.model.ModelConfig;
import portshift.model.RunAccount;
import portshift.scenario.LoadedScenario;

class ReplicationTest {

    static java.util.List<Path> scenarios() {
        return TestPaths.shippedScenarios();
    }

    @ParameterizedTest
    @MethodSource("scenarios")
    void everyShippedScenarioRuns(Path file) {
        ModelConfig config = LoadedScenario.load(file).config().withHorizon(400, 100);
        RunResult r = Replication.run(config, 0, 1);
        assertThat(r.summary().account(RunAccount.DELIVERED_KG)).isGreaterThan(0);
        assertThat(r.summary().unaccountedKg()).isCloseTo(0, org.assertj.core.api.Assertions.within(1e-3));
        assertThat(r.ports()).isNotEmpty();
    }

    @Test
    void theSameSeedGivesTheSameRows() {
        ModelConfig config = LoadedScenario.load(TestPaths.scenario("baseline.yaml")).config().withHorizon(500, 100);
        RunResult a = Replication.run(config, 0, 42);
        RunResult b = Replication.run(config, 0, 42);
        assertThat(ResultTables.portRows(a)).isEqualTo(ResultTables.portRows(b));
        assertThat(ResultTables.routeRows(a)).isEqualTo(ResultTables.routeRows(b));
        assertThat(ResultTables.runRow(a.summary())).isEqualTo(ResultTables.runRow(b.summary()));
    }

    @Test
    void anotherSeedGivesOtherRows() {
        ModelConfig config = LoadedScenario.load(TestPaths.scenario("baseline.yaml")).config().withHorizon(300, 0);
        assertThat(ResultTables.portRows(Replication.run(config, 0, 1)))
                .isNotEqualTo(ResultTables.portRows(Replication.run(config, 0, 2)));
    }
}
