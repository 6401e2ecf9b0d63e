package portshift.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;

import org.junit.jupiter.api.Test;
import portshift.TestPaths;
import portshift.scenario.LoadedScenario;
import sim.engine.SimState;

/** A run can be checkpointed mid-way and resumed to the same result. */
class CheckpointTest {

    @Test
    void aResumedCheckpointEndsWhereTheOriginalEnds() throws Exception {
        ModelConfig config = LoadedScenario.load(TestPaths.scenario("baseline.yaml")).config().withHorizon(300, 0);
        PortshiftModel original = new PortshiftModel(8, config);
        original.start();
        TinyWorld.stepTo(original, 150);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        original.writeToCheckpoint(bytes);
        TinyWorld.stepTo(original, 300);

        PortshiftModel resumed = (PortshiftModel) SimState.readFromCheckpoint(new ByteArrayInputStream(bytes.toByteArray()));
        assertThat(resumed.today()).isEqualTo(149);
        TinyWorld.stepTo(resumed, 300);
        assertThat(resumed.ledger().get(RunAccount.DELIVERED_KG)).isEqualTo(original.ledger().get(RunAccount.DELIVERED_KG));
        assertThat(resumed.ledger().get(RunAccount.SEIZED_EUROPE_KG)).isEqualTo(original.ledger().get(RunAccount.SEIZED_EUROPE_KG));
        assertThat(resumed.ledger().get(RunAccount.SHIPMENTS)).isEqualTo(original.ledger().get(RunAccount.SHIPMENTS));
    }
}
