package portshift.optimize;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import portshift.TestPaths;
import portshift.model.Intervention;
import portshift.scenario.LoadedScenario;

/**
 * best.yaml, written without a search: the allocation as a dated intervention whose levers are written from the
 * PortControls record, and the input's later interventions kept as their file wrote them but for the counts the
 * allocation raises.
 */
class BestScenarioTest {
    private static final List<String> PORTS = List.of("SOUTH", "NORTH");

    @TempDir
    Path tmp;

    @Test
    void theAllocationIsAddedAndALaterInterventionRaisedWithEverythingElseAsWritten() throws IOException {
        Files.copy(TestPaths.root().resolve("sim/src/test/resources/portshift/model/tiny-world.yaml"),
                tmp.resolve("tiny-world.yaml"));
        Files.writeString(tmp.resolve("later.yaml"), """
                extends: tiny-world.yaml
                name: later
                warmup_days: 120
                port_defaults:
                  IMPORT: {scanners: 2, officers: 50}
                interventions:
                  - at: 60
                    name: SOUTH first
                    ports:
                      SOUTH: {officers: 70}
                  - at: 2022-12-01
                    name: NORTH reinforced
                    ports:
                      NORTH: {anti_corruption: 1, scanners: 3}
                      SOUTH: {scanners: 5, profiling_skill: 0.5}
                    alliance: {members: [NORTH, SOUTH], harmonization: 0.5}
                """);
        LoadedScenario input = LoadedScenario.load(tmp.resolve("later.yaml"));
        AllocationScenario scenario = new AllocationScenario(input.config(), 120, PORTS);
        Allocation best = Allocation.none(PORTS).plus(1, 2, 0).plus(0, 0, 10);
        Path dir = tmp.resolve("opt");
        Files.createDirectories(dir);
        OptimizeFiles.best(dir, input, scenario, best, "a test");

        String written = Files.readString(dir.resolve("best.yaml"));
        // the earlier intervention as written; the later one raised where it sets a count, its other values and
        // their order as written (anti_corruption stays 1, not 1.0); the allocation last, from the day's controls
        assertThat(written).contains("""
                interventions:
                - at: 60
                  name: SOUTH first
                  ports:
                    SOUTH:
                      officers: 70
                - at: 2022-12-01
                  name: NORTH reinforced
                  ports:
                    NORTH:
                      anti_corruption: 1
                      scanners: 5
                    SOUTH:
                      scanners: 5
                      profiling_skill: 0.5
                  alliance:
                    members:
                    - NORTH
                    - SOUTH
                    harmonization: 0.5
                - at: 2022-05-01
                  name: "optimized allocation: SOUTH +10 officers; NORTH +2 scanners"
                  ports:
                    SOUTH:
                      scanners: 2
                      officers: 80
                    NORTH:
                      scanners: 4
                      officers: 50
                """);
        List<Intervention> loaded = LoadedScenario.load(dir.resolve("best.yaml")).config().interventions();
        assertThat(loaded).extracting(Intervention::name).containsExactly("SOUTH first",
                "optimized allocation: SOUTH +10 officers; NORTH +2 scanners", "NORTH reinforced");
    }
}
