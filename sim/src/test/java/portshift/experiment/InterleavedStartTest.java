package portshift.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** A batch starts the first replication of every scenario, then the second of every one, and so on. */
class InterleavedStartTest {
    @Test
    void replicationsOfTheScenariosTakeTurnsAndEachScenarioKeepsItsOrder() {
        List<Task> tasks = new ArrayList<>();
        String[] scenarios = {"a", "b", "c"};
        int[] replications = {3, 1, 2};
        for (int s = 0; s < scenarios.length; s++) {
            for (int r = 0; r < replications[s]; r++) {
                tasks.add(new Task(tasks.size(), null, r, 1 + r, scenarios[s]));
            }
        }
        List<String> started = BatchRunner.interleaved(tasks).stream()
                .map(t -> t.scenarioSha256() + t.replication()).toList();
        assertThat(started).containsExactly("a0", "b0", "c0", "a1", "c1", "a2");
    }
}
