package portshift.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import portshift.Slow;
import portshift.TestPaths;

/**
 * A short history match of the default world (80 worlds a wave, two waves, 500 days): the same bytes on one thread and
 * two, after a resume, and as job arrays wave by wave; every mistake refused in one line.
 */
@Slow
class MatchCommandTest {
    private static final List<String> FILES = List.of("waves.csv", "wave-1.csv", "wave-2.csv", "emulator-2.csv",
            "worlds.csv", "ranges.csv", "fit.csv", "figures/minimum_implausibility.png", "figures/optical_depth.png",
            "figures/targets.png");

    @TempDir
    Path tmp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int portshift(String... args) {
        err.getBuffer().setLength(0);
        return Main.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    private String[] match(String... more) {
        return Stream.concat(Stream.of("match", TestPaths.scenario("calibration.yaml").toString(), "--points", "80",
                "--waves", "2", "-r", "1", "--days", "500", "-q"), Stream.of(more)).toArray(String[]::new);
    }

    private void sameFiles(Path a, Path b, String what) throws IOException {
        for (String f : FILES) {
            assertThat(Files.readAllBytes(b.resolve(f))).as(f + " " + what).isEqualTo(Files.readAllBytes(a.resolve(f)));
        }
    }

    @Test
    void theSameBytesOnOneThreadAndTwoAfterAResumeAndAsJobArrays() throws IOException {
        Path one = tmp.resolve("one");
        Path two = tmp.resolve("two");
        assertThat(portshift(match("--threads", "1", "--out", one.toString()))).as(err.toString()).isZero();
        assertThat(out.toString()).contains("wave    worlds     kept").contains("non-implausible worlds (worlds.csv)");
        List<String> waves = Files.readAllLines(one.resolve("waves.csv"));
        assertThat(waves).as("two waves ran: the first kept some worlds").hasSize(3);
        assertThat(waves.get(2).split(",")[1]).isEqualTo("80");
        List<String> worlds = Files.readAllLines(one.resolve("worlds.csv"));
        assertThat(worlds.get(0)).startsWith("world,wave,point,uncertainties_supply_tonnes_per_year_COLOMBIA,");
        assertThat(worlds).hasSizeGreaterThan(1);

        assertThat(portshift(match("--threads", "2", "--out", two.toString()))).as(err.toString()).isZero();
        sameFiles(one, two, "on two threads");

        Path run = Files.list(two.resolve("wave-2/shards")).filter(p -> p.toString().endsWith(".run.csv")).sorted()
                .findFirst().orElseThrow();
        Files.writeString(run, Files.readString(run).substring(0, 20));
        Files.delete(two.resolve("worlds.csv"));
        Files.delete(two.resolve("manifest.json"));
        assertThat(portshift(match("--out", two.toString()))).as("an existing match is not run over").isEqualTo(2);
        assertThat(err.toString()).contains("already holds a match; finish it with --resume");
        assertThat(portshift(match("--resume", two.toString()))).as(err.toString()).isZero();
        sameFiles(one, two, "after a resume");

        Path array = tmp.resolve("array");
        assertThat(portshift(match("--plan-only", "--tasks", "3", "--out", array.toString()))).as(err.toString()).isZero();
        assertThat(out.toString()).contains("wave 1 of the match planned");
        for (int wave = 1; wave <= 2; wave++) {
            Path folder = array.resolve("wave-" + wave);
            int tasks = new ObjectMapper().readTree(folder.resolve("job.json").toFile()).get("tasks").asInt();
            for (int t = 0; t < tasks; t++) {
                assertThat(portshift("work", folder.toString(), "--task", String.valueOf(t))).as(err.toString()).isZero();
            }
            assertThat(portshift("finish", folder.toString())).as(err.toString()).isZero();
        }
        sameFiles(one, array, "as job arrays");
    }

    @Test
    void mistakesAreRefusedInOneLine() {
        List<String[]> cases = new ArrayList<>();
        cases.add(match("--cutoff", "0"));
        cases.add(match("--judge", "third"));
        cases.add(new String[] {"match", TestPaths.scenario("calibration.yaml").toString(), "--days", "300", "-q"});
        cases.add(match("--points", "1"));
        cases.add(new String[] {"match", TestPaths.scenario("alliance.yaml").toString(), "-q", "--out",
            tmp.resolve("x").toString()});
        cases.add(match("--plan-only"));
        List<String> expected = List.of("--cutoff: expected a number above 0, found 0.0", "--judge: expected max or "
                + "second, found third", "--days: expected more than the warm-up (365), found 300", "--points",
                "match needs uncertainties under explore.uncertainties and targets under targets",
                "--plan-only: expected --out DIR");
        for (int i = 0; i < cases.size(); i++) {
            assertThat(portshift(cases.get(i))).as(String.join(" ", cases.get(i))).isEqualTo(2);
            assertThat(err.toString()).contains(expected.get(i));
            assertThat(err.toString().lines()).allMatch(l -> l.startsWith("portshift: ")).hasSize(1);
        }
    }
}
