package portshift.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import portshift.TestPaths;

/**
 * A sweep is used or refused, never ignored: every command that runs one scenario as it is refuses a scenario with a
 * sweep, on the sweep's line, and writes nothing; batch runs its variants and validate checks them. A sweep of one
 * value is a sweep too. (gui refuses it the same way, once it has a display; without one it stops before.)
 */
class SweepRefusedTest {
    @TempDir
    Path tmp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int portshift(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        return Main.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    @Test
    void everyCommandThatRunsOneScenarioRefusesASweepOnItsLine() throws IOException {
        TestPaths.copyShippedScenarios(tmp);
        Path sweep = tmp.resolve("alliance-sweep.yaml");
        Path one = tmp.resolve("one-value.yaml");
        Files.writeString(one, "extends: alliance.yaml\nname: one-value\nsweep:\n  alliance.harmonization: [0.7]\n");
        Path patterns = Files.createDirectories(tmp.resolve("patterns"));
        TestPaths.copyShippedScenarios(patterns);
        Files.writeString(patterns.resolve("pattern-pressure.yaml"), Files.readString(patterns.resolve(
                "pattern-pressure.yaml")) + "\nsweep:\n  alliance.harmonization: [0, 1]\n");
        Path input = Files.writeString(tmp.resolve("input.json"), "{}");
        Path results = tmp.resolve("results");
        String s = sweep.toString();
        List<List<String>> commands = List.of(
                List.of("run", s, "--out", results + "/run"),
                List.of("compare", tmp.resolve("no-coordination.yaml").toString(), s, "--out", results + "/compare"),
                List.of("compare", tmp.resolve("no-coordination.yaml").toString(), one.toString(), "--out",
                        results + "/compare-one"),
                List.of("explore", tmp.resolve("no-coordination.yaml").toString(), s, "--out", results + "/explore"),
                List.of("optimize", s, "--scanners", "1", "--out", results + "/optimize"),
                List.of("calibrate", "--scenario", s, "--out", results + "/calibrate"),
                List.of("export-map", s, "--out", results + "/map.geojson"),
                List.of("patterns", "--scenarios", patterns.toString(), "--out", results + "/patterns"),
                List.of("bench", "--scenario", s),
                List.of("eval", "--scenario", s, "--input", input.toString()));
        for (List<String> command : commands) {
            assertThat(portshift(command.toArray(String[]::new))).as(command + ": " + err).isEqualTo(2);
            assertThat(err.toString().lines()).as(command.toString()).hasSize(1).allSatisfy(line -> assertThat(line)
                    .matches("portshift: \\S+\\.yaml:\\d+:\\d+: sweep: " + command.get(0) + " takes a scenario without "
                            + "a sweep, and this one sweeps \\d paths?; run its variants with batch"));
            assertThat(out.toString()).as(command.toString()).isEmpty();
        }
        assertThat(results).as("nothing written").doesNotExist();
        System.out.println("sweeps: refused by " + commands.stream().map(c -> c.get(0)).distinct().toList()
                + ", e.g. " + err.toString().strip());
    }

    @Test
    void validateChecksTheVariants() throws IOException {
        TestPaths.copyShippedScenarios(tmp);
        assertThat(portshift("validate", tmp.resolve("alliance-sweep.yaml").toString())).isZero();
        assertThat(out.toString()).contains("(15 sweep variants)");
    }
}
