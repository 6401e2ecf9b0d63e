package portshift.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import portshift.TestPaths;

/** Every number on the command line is checked against its range before any work: one line, exit 2, nothing written. */
class CommandLineBoundsTest {
    @TempDir
    static Path tmp;

    static Stream<Arguments> cases() {
        String base = TestPaths.scenario("baseline.yaml").toString();
        String pair = TestPaths.scenario("no-coordination.yaml") + " " + TestPaths.scenario("alliance.yaml");
        return Stream.of(
                Arguments.of("compare " + pair + " --threads -3 -r 2", "--threads: expected a whole number from 1 to 1024, found -3"),
                Arguments.of("compare " + pair + " --threads 0 -r 2", "--threads: expected a whole number from 1 to 1024, found 0"),
                Arguments.of("batch " + base + " --threads 99999", "--threads: expected a whole number from 1 to 1024"),
                Arguments.of("compare " + pair + " -r 99999999", "--replications: expected a whole number from 2 to 1000, found 99999999"),
                Arguments.of("compare " + pair + " -r 1", "--replications: expected at least 2"),
                Arguments.of("batch " + base + " -r 0", "--replications: expected at least 1"),
                Arguments.of("batch " + base + " -r 2000", "--replications: expected a whole number from 1 to 1000"),
                Arguments.of("batch " + TestPaths.scenario("alliance-sweep.yaml") + " -r 300",
                        "this command would make 4500 runs (15 variants x 300 replications); at most 4000"),
                Arguments.of("bench --scenario " + base + " --runs -1", "--runs: expected a whole number from 1 to 1000, found -1"),
                Arguments.of("calibrate --threads -2", "--threads: expected a whole number from 1 to 1024, found -2"),
                Arguments.of("calibrate --evaluations 0", "--evaluations: expected a whole number from 1 to 100000, found 0"),
                Arguments.of("calibrate --days -5", "--days: expected a whole number from 1 to 36500, found -5"),
                Arguments.of("calibrate --step 1.5", "--step: expected a share of the range in (0, 1], found 1.5"),
                Arguments.of("explore --samples 1", "--samples: expected a whole number from 2 to 100000, found 1"),
                Arguments.of("explore -r 0", "--replications: expected at least 1, found 0"),
                Arguments.of("explore --design halton", "--design: expected lhs, morris or sobol, found halton"),
                Arguments.of("explore --prim-threshold -5", "--prim-threshold: expected a number >= 0 in the outcome's unit, found -5.0"),
                Arguments.of("explore --prim mean_load_kg", "--prim: expected an outcome with a better direction "
                        + "(delivered_europe_t_per_year (or delivered), seized_europe_t_per_year (or seized), "
                        + "seized_upstream_t_per_year, "
                        + "interception_rate, insiders_arrested_per_year, insiders_recruited_per_year, bribes_musd_per_year, "
                        + "legit_delay_khours_per_year, low_screening_share, non_member_share, france_spain_share), found mean_load_kg"),
                Arguments.of("patterns -r 5000", "--replications: expected a whole number from 2 to 1000, found 5000"),
                Arguments.of("patterns --threads -1", "--threads: expected a whole number from 1 to 1024, found -1"),
                Arguments.of("run " + base + " --seed twelve", "Invalid value for option '--seed': 'twelve' is not a long"),
                Arguments.of("compare " + pair + " --replications 3000000000", "Invalid value for option '--replications'"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void isRefusedInOneLine(String command, String message) {
        Path out = tmp.resolve("out-" + Math.abs(command.hashCode()));
        Stream<String> folder = command.startsWith("bench") ? Stream.empty() : Stream.of("--out", out.toString());
        String[] args = Stream.concat(Stream.of(command.split(" ")), folder).toArray(String[]::new);
        StringWriter err = new StringWriter();
        int status = Main.execute(args, new PrintWriter(new StringWriter(), true), new PrintWriter(err, true));
        assertThat(status).isEqualTo(2);
        assertThat(err.toString()).startsWith("portshift: ").contains(message).doesNotContain("Exception")
                .satisfies(e -> assertThat(e.strip().lines()).hasSize(1));
        assertThat(out).doesNotExist();
    }

    @ParameterizedTest(name = "--out \"{0}\"")
    @MethodSource("blankFolders")
    void anEmptyOutputFolderIsRefused(String folder) {
        StringWriter err = new StringWriter();
        String[] args = {"run", TestPaths.scenario("baseline.yaml").toString(), "--out", folder};
        assertThat(Main.execute(args, new PrintWriter(new StringWriter(), true), new PrintWriter(err, true))).isEqualTo(2);
        assertThat(err.toString()).contains("--out: expected a folder, found an empty name");
    }

    static Stream<String> blankFolders() {
        return Stream.of("", " ");
    }
}
