package portshift.optimize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import portshift.TestPaths;
import portshift.analysis.Outcome;
import portshift.scenario.LoadedScenario;

/**
 * The optimizer's workflow without the command line: a checked request in, the search's files out and what it found
 * returned, on the hand-built world where the scanner belongs at NORTH (as in OptimizeCommandTest).
 */
class OptimizationTest {
    private static final List<String> PORTS = List.of("SOUTH", "NORTH");

    @TempDir
    Path tmp;

    private LoadedScenario north;

    @BeforeEach
    void world() throws IOException {
        Files.copy(TestPaths.root().resolve("sim/src/test/resources/portshift/model/tiny-world.yaml"),
                tmp.resolve("tiny-world.yaml"));
        Files.writeString(tmp.resolve("north.yaml"), """
                extends: tiny-world.yaml
                name: north-heavy
                days: 500
                warmup_days: 120
                world:
                  ports:
                    NORTH: {latam_share: 0.3}
                    SOUTH: {latam_share: 0.1}
                """);
        north = LoadedScenario.load(tmp.resolve("north.yaml"));
    }

    private OptimizeRequest request(Path dir, double maxDelay) {
        return new OptimizeRequest(north, new OptimizeRequest.Budget(PORTS, 1, 0),
                new OptimizeRequest.Judging(new Objective(Outcome.DELIVERED_EUROPE, Double.NaN), false, 8, maxDelay, true),
                new OptimizeRequest.Search(4, 1, 2, 6, 1), dir, false, 2);
    }

    @Test
    void aRequestGivesTheSearchsFilesAndWhatItFound() throws IOException {
        Path dir = tmp.resolve("opt");
        List<String> steps = new ArrayList<>();
        Optimization.Result result = new Optimization(request(dir, Double.POSITIVE_INFINITY)).run(steps::add);
        assertThat(result.best().allocation().label()).isEqualTo("NORTH +1 scanner");
        assertThat(result.confirmed().get(0).name()).isEqualTo("optimum");
        assertThat(result.whole()).allMatch(e -> e.allocation().totalScanners() == 1);
        assertThat(result.front()).isNotEmpty();
        assertThat(steps).isNotEmpty();
        for (String f : List.of("allocations.csv", "results.csv", "best.yaml", "pareto.csv", "search.txt")) {
            assertThat(dir.resolve(f)).as(f).isNotEmptyFile();
        }
        // the figures are drawn by the command from the result, as explore's are
        assertThat(dir.resolve("figures")).doesNotExist();
    }

    @Test
    void aDelayBoundNoAllocationKeepsToStopsTheSearchBeforeAnyFileIsWritten() throws IOException {
        Path dir = tmp.resolve("bound");
        Optimization bounded = new Optimization(request(dir, 0));
        assertThatThrownBy(() -> bounded.run(s -> { }))
                .isInstanceOfSatisfying(Optimization.DelayBoundUnmet.class, e -> {
                    assertThat(e.bound()).isZero();
                    assertThat(e.least()).isPositive();
                });
        assertThat(dir.resolve("results.csv")).doesNotExist();
        assertThat(dir.resolve("best.yaml")).doesNotExist();
    }

    @Test
    void aRequestTheSearchCannotServeIsRefused() {
        assertThatThrownBy(() -> new OptimizeRequest.Budget(PORTS, 0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new OptimizeRequest.Budget(List.of(), 1, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new OptimizeRequest.Search(1, 1, 0, 2, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new OptimizeRequest.Judging(new Objective(Outcome.SEIZED_EUROPE, Double.NaN), true, 1,
                Double.POSITIVE_INFINITY, false)).isInstanceOf(IllegalArgumentException.class);
        OptimizeRequest.Budget budget = new OptimizeRequest.Budget(PORTS, 2, 10);
        assertThat(budget.spentBy(Allocation.none(PORTS).plus(0, 2, 10))).isTrue();
        assertThat(budget.spentBy(Allocation.none(PORTS).plus(0, 1, 10))).isFalse();
    }
}
