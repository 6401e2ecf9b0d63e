package portshift.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import portshift.Slow;
import portshift.scenario.Fixtures.Fixture;

/**
 * Inputs at and past the loader's limits: each gives located mistakes, one line each, quickly;
 * never an exception of another kind, a hang or a stack overflow.
 */
@Slow
class LimitsTest {
    /**
     * CPU time for one case (a hang guard). Quiet: at most 3.7 s ("an axis of half a million values"; "many
     * long ids" 2.2 s).
     */
    private static final Duration BOUND = Duration.ofSeconds(40);

    @TempDir
    Path dir;

    private static Arguments bad(String title, Fixture fixture, String message) {
        return Arguments.of(title, fixture, message);
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                // 1. paths and indices
                bad("index beyond int", d -> Fixtures.child(d, "sweep:\n  interventions[99999999999].at: [1]\n"),
                        "child.yaml:4:3: sweep.interventions[99999999999].at: interventions has no element 99999999999"),
                bad("index beyond long", d -> Fixtures.child(d, "sweep:\n  interventions[" + "9".repeat(40) + "].at: [1]\n"),
                        "interventions has no element 9999"),
                bad("index with leading zeros", d -> Fixtures.child(d, "sweep:\n  world.routes[0000000000000000300].days: [1]\n"),
                        "child.yaml:4:3: sweep.world.routes[0000000000000000300].days: routes has no element"),
                bad("negative index", d -> Fixtures.child(d, "sweep:\n  world.routes[-1].days: [1]\n"),
                        "expected one list index such as [0]"),
                bad("NUL in extends", d -> Fixtures.write(d.resolve("a.yaml"), "name: a\nextends: \"base\\0line.yaml\"\n"),
                        "a.yaml:2:1: extends: expected a file path without control characters, found 'base\\u0000line.yaml'"),
                bad("newline in extends", d -> Fixtures.write(d.resolve("a.yaml"), "extends: \"base\\nline.yaml\"\n"),
                        "a.yaml:1:1: extends: expected a file path without control characters, found 'base\\nline.yaml'"),
                bad("megabyte extends", d -> Fixtures.write(d.resolve("a.yaml"), "extends: " + "x/".repeat(500_000) + "a.yaml\n"),
                        "a.yaml:1:1: extends: no such scenario file 'x/x/"),
                bad("extends a list", d -> Fixtures.write(d.resolve("a.yaml"), "extends: [a.yaml]\n"),
                        "a.yaml:1:1: extends: expected the path of a scenario file relative to this one, found [\"a.yaml\"]"),
                // 2. deep chains and cycles
                bad("chain of 3000", d -> Fixtures.chain(d, 3000), "extends: a chain of extends may hold at most 32 files"),
                bad("chain of 33", d -> Fixtures.chain(d, 32), "extends: a chain of extends may hold at most 32 files"),
                bad("cycle of two", d -> {
                    Fixtures.write(d.resolve("b.yaml"), "name: b\nextends: a.yaml\n");
                    return Fixtures.write(d.resolve("a.yaml"), "extends: b.yaml\nname: a\n");
                }, "b.yaml:2:1: extends: inheritance cycle: a.yaml -> b.yaml -> a.yaml"),
                bad("file extends itself", d -> Fixtures.write(d.resolve("a.yaml"), "name: a\n\nextends: a.yaml\n"),
                        "a.yaml:3:1: extends: inheritance cycle: a.yaml -> a.yaml"),
                bad("cycle far down a chain", d -> {
                    Fixtures.chain(d, 5);
                    Files.writeString(d.resolve("c0.yaml"), "name: c0\nextends: c3.yaml\n");
                    return d.resolve("c4.yaml");
                }, "c0.yaml:2:1: extends: inheritance cycle: c4.yaml -> c3.yaml -> c2.yaml -> c1.yaml -> c0.yaml -> c3.yaml"),
                bad("chain larger than the total bound", d -> {
                    String padding = "# padding\n".repeat(TreeReader.MAX_BYTES / 10 - 100);
                    Fixtures.write(d.resolve("p0.yaml"), "name: p0\n" + padding);
                    Fixtures.write(d.resolve("p1.yaml"), "extends: p0.yaml\n" + padding);
                    return Fixtures.write(d.resolve("p2.yaml"), "extends: p1.yaml\n" + padding);
                }, "p1.yaml:1:1: extends: the files of this chain together are larger than 4000000 bytes"),
                // 3. extends stays in the folder
                bad("parent folder", d -> {
                    Fixtures.baseline(d);
                    return Fixtures.write(d.resolve("in/child.yaml"), "extends: ../baseline.yaml\n");
                }, "child.yaml:1:1: extends: expected a scenario file inside "),
                bad("far outside", d -> Fixtures.write(d.resolve("a.yaml"), "extends: ../../../../../../../../etc/passwd\n"),
                        "(the folder of the scenario named on the command line, or below it), found '../../../../../../../../etc/passwd'"),
                bad("link to a file outside", d -> {
                    Path outside = Fixtures.baseline(d);
                    Files.createDirectories(d.resolve("in"));
                    Files.createSymbolicLink(d.resolve("in/base.yaml"), outside);
                    return Fixtures.write(d.resolve("in/child.yaml"), "extends: base.yaml\n");
                }, "found 'base.yaml', which is a link to "),
                bad("link to a folder outside", d -> {
                    Fixtures.baseline(d.resolve("elsewhere"));
                    Files.createDirectories(d.resolve("in"));
                    Files.createSymbolicLink(d.resolve("in/shared"), d.resolve("elsewhere"));
                    return Fixtures.write(d.resolve("in/child.yaml"), "extends: shared/baseline.yaml\n");
                }, "found 'shared/baseline.yaml', which is a link to "),
                bad("a parent that leaves the folder", d -> {
                    Fixtures.baseline(d);
                    Fixtures.write(d.resolve("in/mid.yaml"), "extends: ../baseline.yaml\n");
                    return Fixtures.write(d.resolve("in/child.yaml"), "extends: mid.yaml\n");
                }, "mid.yaml:1:1: extends: expected a scenario file inside "),
                // 4. sweeps
                bad("64 axes of 2 values", d -> Fixtures.sweep(d, 64, 2, "ports.P#.scanners"),
                        "child.yaml:3:1: sweep: expected at most 10000 variants, found more than 9223372036854775807"),
                bad("21 axes of 1 value", d -> Fixtures.sweep(d, 21, 1, "ports.P#.scanners"),
                        "child.yaml:3:1: sweep: expected at most 20 paths, found 21"),
                bad("14 axes of 2 values", d -> Fixtures.sweep(d, 14, 2, "ports.P#.scanners"),
                        "sweep: expected at most 10000 variants, found 16384"),
                bad("an axis of half a million values", d -> Fixtures.sweep(d, 1, 500_000, "alliance.harmonization"),
                        "child.yaml:4:3: sweep.alliance.harmonization: expected at most 10000 values, found 500000"),
                bad("a large sweep of a huge list", d -> Fixtures.child(d, "screening:\n  risk_countries: ["
                                + "CO, ".repeat(100_000) + "EC]\nsweep:\n  alliance.harmonization: [" + "0, ".repeat(999) + "1]\n"),
                        "sweep: expected at most 20000000 values checked over all variants, found 1000 variants"),
                bad("a sweep of huge lists", d -> Fixtures.child(d, "sweep:\n  screening.risk_countries:\n"
                                + ("    - [" + "1,".repeat(100_000) + "1]\n").repeat(2)
                                + "  alliance.harmonization: [" + "0, ".repeat(999) + "1]\n"),
                        "values checked over all variants, found 2000 variants"),
                // 5. did you mean, on long text
                bad("megabyte port id", d -> Fixtures.child(d, "alliance:\n  members: [" + "A".repeat(1_000_000) + "]\n"),
                        "child.yaml:4:13: alliance.members[0]: expected text of at most 100 characters, found 1000000"),
                bad("megabyte field name", d -> Fixtures.child(d, "ports:\n  ANTWERP:\n    ? " + "s".repeat(1_000_000) + "\n    : 1\n"),
                        "ports.ANTWERP: expected a key of at most 200 characters, found 1000000 characters ('ssss"),
                bad("megabyte producer", d -> Fixtures.child(d, "uncertainties:\n  supply_tonnes_per_year:\n    ? "
                                + "C".repeat(1_000_000) + "\n    : 1\n"),
                        "expected a key of at most 200 characters, found 1000000 characters ('CCCC"),
                bad("many long ids", d -> Fixtures.child(d, "alliance:\n  members: ["
                                + ("ANTWERP".repeat(9) + ", ").repeat(20_000) + "ANTWERP]\n"),
                        "alliance.members[19999]: unknown port"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void givesLocatedMistakesQuickly(String title, Fixture fixture, String message) throws IOException {
        Path file = fixture.make(dir);
        CpuBudget.run(BOUND, title, () -> assertThatThrownBy(() -> Sweep.expand(LoadedScenario.load(file)))
                .isExactlyInstanceOf(ScenarioException.class)
                .satisfies(e -> {
                    assertThat(((ScenarioException) e).problems()).allSatisfy(p -> assertThat(p)
                            .doesNotContain("\n").matches("(?s)[^\\n]+:\\d+:\\d+: .+"));
                    assertThat(((ScenarioException) e).problems()).anySatisfy(p -> assertThat(p).contains(message));
                }));
    }
}
