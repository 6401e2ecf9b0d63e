package portshift.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import portshift.CpuBudget;
import portshift.scenario.Fixtures.Fixture;

/**
 * Inputs just inside the loader's limits: each loads cleanly, with the variants it should have (a
 * negative count: the grid passes the limits with that many variants, without making them).
 */
class LimitsOkTest {
    @TempDir
    Path dir;

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("chain of 32 files", (Fixture) d -> Fixtures.chain(d, 31), 1),
                Arguments.of("parent in a subfolder", (Fixture) d -> {
                    Fixtures.baseline(d.resolve("shared"));
                    return Fixtures.write(d.resolve("child.yaml"), "extends: shared/baseline.yaml\nname: c\n");
                }, 1),
                Arguments.of("a path that leaves and comes back", (Fixture) d -> {
                    Fixtures.baseline(d.resolve("in"));
                    return Fixtures.write(d.resolve("in/child.yaml"), "extends: ../in/./baseline.yaml\nname: c\n");
                }, 1),
                Arguments.of("a link inside the folder", (Fixture) d -> {
                    Path base = Fixtures.baseline(d.resolve("shared"));
                    Files.createSymbolicLink(d.resolve("base.yaml"), base);
                    return Fixtures.write(d.resolve("child.yaml"), "extends: base.yaml\nname: c\n");
                }, 1),
                Arguments.of("named through a linked folder", (Fixture) d -> {
                    Fixtures.baseline(d.resolve("real"));
                    Fixtures.write(d.resolve("real/child.yaml"), "extends: baseline.yaml\nname: c\n");
                    Files.createSymbolicLink(d.resolve("linked"), d.resolve("real"));
                    return d.resolve("linked/child.yaml");
                }, 1),
                Arguments.of("20 axes", (Fixture) d -> Fixtures.sweep(d, 20, 1, "alliance.harmonization#"), -1),
                Arguments.of("13 axes of 2 values", (Fixture) d -> Fixtures.sweep(d, 13, 2, "alliance.harmonization#"), -8192),
                Arguments.of("an index with leading zeros", (Fixture) d -> Fixtures.child(d,
                        "sweep:\n  world.routes[0000000000000000000].days: [10, 11]\n"), 2));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void loads(String title, Fixture fixture, int variants) throws IOException {
        Path file = fixture.make(dir);
        // CPU time for one case (a hang guard). Quiet: at most 0.46 s (the chain of 32 files,
        // the first case, before the JIT has compiled the loader)
        CpuBudget.run(Duration.ofSeconds(60), title, () -> {
            if (variants > 0) {
                assertThat(Sweep.expand(LoadedScenario.load(file))).hasSize(variants);
            } else {
                assertThat(SweepLimits.check(LoadedScenario.load(file).scenario().sweep(),
                        LoadedScenario.load(file).parameters(), new SourceMap(file.toString()))).isEqualTo(-variants);
            }
        });
    }
}
