package portshift.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import portshift.Slow;
import portshift.TestPaths;

/** compare on short copies of the shipped scenarios (900 days, one warm-up year). */
@Slow
class CompareCommandTest {
    private static final List<String> TABLES = List.of("runs.csv", "ports.csv", "comparison.csv");
    private static final List<String> FIGURES = List.of("delivered_over_time.png", "seizures_by_port.png",
            "destination_shares.png", "outcomes_boxplot.png");

    @TempDir
    Path tmp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private Path a;
    private Path b;

    @BeforeEach
    void shortScenarios() throws IOException {
        String baseline = Files.readString(TestPaths.scenario("baseline.yaml")).replace("days: 2190", "days: 1100");
        Files.writeString(tmp.resolve("baseline.yaml"), baseline);
        for (String f : List.of("no-coordination.yaml", "alliance.yaml")) {
            Files.copy(TestPaths.scenario(f), tmp.resolve(f));
        }
        a = tmp.resolve("no-coordination.yaml");
        b = tmp.resolve("alliance.yaml");
    }

    private int compare(String... args) {
        String[] all = new String[args.length + 4];
        all[0] = "compare";
        all[1] = a.toString();
        all[2] = b.toString();
        all[3] = "--quiet";
        System.arraycopy(args, 0, all, 4, args.length);
        return Main.execute(all, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    private static void assertSameResults(Path x, Path y) throws IOException {
        for (String f : TABLES) {
            assertThat(Files.readAllBytes(y.resolve(f))).as(f).isEqualTo(Files.readAllBytes(x.resolve(f)));
        }
        for (String f : FIGURES) {
            assertThat(Files.readAllBytes(y.resolve("figures").resolve(f))).as(f)
                    .isEqualTo(Files.readAllBytes(x.resolve("figures").resolve(f)));
        }
    }

    @Test
    void oneThreadAndTwoThreadsGiveTheSameBytes() throws IOException {
        Path one = tmp.resolve("one");
        Path two = tmp.resolve("two");
        assertThat(compare("-r", "3", "--threads", "1", "--out", one.toString())).isZero();
        assertThat(compare("-r", "3", "--threads", "2", "--out", two.toString())).isZero();
        assertSameResults(one, two);
        assertThat(out.toString()).contains("delivered to Europe").contains("95% CI of B - A").contains("t/year");
    }

    @Test
    void aResumedBatchEndsAsAnUninterruptedOne() throws IOException {
        Path whole = tmp.resolve("whole");
        Path crashed = tmp.resolve("crashed");
        assertThat(compare("-r", "3", "--out", whole.toString())).isZero();
        assertThat(compare("-r", "3", "--out", crashed.toString())).isZero();
        // a kill part-way: two runs lost entirely, one killed between its two files, a temporary file left behind
        Path shards = crashed.resolve("shards");
        Files.delete(shards.resolve("00001-r001.run.csv"));
        Files.delete(shards.resolve("00001-r001.ports.csv"));
        Files.delete(shards.resolve("00004-r001.run.csv"));
        Files.delete(shards.resolve("00004-r001.ports.csv"));
        Files.delete(shards.resolve("00005-r002.run.csv"));
        Files.writeString(shards.resolve(".00003-r000.ports.csv123.tmp"), "half a fi");
        for (String f : TABLES) {
            Files.delete(crashed.resolve(f));
        }
        try (Stream<Path> figures = Files.list(crashed.resolve("figures"))) {
            for (Path f : figures.toList()) {
                Files.delete(f);
            }
        }
        assertThat(compare("-r", "3", "--resume", crashed.toString())).isZero();
        assertSameResults(whole, crashed);
        assertThat(Files.readString(crashed.resolve("manifest.json"))).contains("\"runs_this_time\" : 3")
                .contains("\"runs_resumed\" : 3");
    }

    @Test
    void everyFigureIsWrittenAndShowsSomething() throws IOException {
        Path dir = tmp.resolve("figs");
        assertThat(compare("-r", "2", "--out", dir.toString())).isZero();
        for (String f : FIGURES) {
            Path png = dir.resolve("figures").resolve(f);
            assertThat(png).isNotEmptyFile();
            BufferedImage image = ImageIO.read(png.toFile());
            assertThat(image.getWidth()).as(f).isGreaterThanOrEqualTo(1000);
            assertThat(image.getHeight()).as(f).isGreaterThanOrEqualTo(600);
            assertThat(distinctColours(image)).as(f + " is not blank").isGreaterThan(20);
        }
    }

    @Test
    void theMapOfScenarioAIsWrittenBesideTheTables() throws IOException {
        Path dir = tmp.resolve("map");
        assertThat(compare("-r", "2", "--out", dir.toString())).isZero();
        Path map = tmp.resolve("a.geojson");
        assertThat(Main.execute(new String[] {"export-map", a.toString(), "--out", map.toString()},
                new PrintWriter(out, true), new PrintWriter(err, true))).isZero();
        assertThat(Files.readAllBytes(dir.resolve("map.geojson"))).isEqualTo(Files.readAllBytes(map));
    }

    private static int distinctColours(BufferedImage image) {
        java.util.Set<Integer> colours = new java.util.HashSet<>();
        for (int x = 0; x < image.getWidth(); x += 7) {
            for (int y = 0; y < image.getHeight(); y += 7) {
                colours.add(image.getRGB(x, y));
            }
        }
        return colours.size();
    }

    private void assertUserError(int status, String message, Path dir) {
        assertThat(status).isEqualTo(2);
        assertThat(err.toString().strip()).startsWith("portshift: ").contains(message).doesNotContain("Exception");
        assertThat(Files.exists(dir.resolve("shards"))).as("no run started").isFalse();
    }

    @Test
    void tooFewReplicationsIsAnErrorBeforeAnyRun() {
        Path dir = tmp.resolve("r0");
        assertUserError(compare("-r", "0", "--out", dir.toString()), "--replications: expected at least 2", dir);
    }

    @Test
    void anUnknownScenarioIsAnError() {
        a = tmp.resolve("nowhere.yaml");
        Path dir = tmp.resolve("x");
        assertUserError(compare("-r", "2", "--out", dir.toString()), "no such scenario file", dir);
    }

    @Test
    void scenariosWithDifferentWorldsCannotBeCompared() throws IOException {
        Files.writeString(tmp.resolve("other.yaml"), "extends: baseline.yaml\nname: other\nworld:\n  routes:\n"
                + "    - {from: [CALLAO], to: [ANTWERP], days: 21}\n");
        b = tmp.resolve("other.yaml");
        Path dir = tmp.resolve("w");
        assertUserError(compare("-r", "2", "--out", dir.toString()), "must share one world", dir);
    }

    @Test
    void anUnwritableFolderIsAnErrorBeforeAnyRun() throws IOException {
        Path blocker = tmp.resolve("blocker");
        Files.writeString(blocker, "a file");
        assertUserError(compare("-r", "2", "--out", blocker.resolve("sub").toString()), "cannot write results",
                blocker.resolve("sub"));
    }

    @Test
    void resumingWithOtherArgumentsIsAnError() {
        Path dir = tmp.resolve("plan");
        assertThat(compare("-r", "2", "--out", dir.toString())).isZero();
        assertThat(compare("-r", "3", "--resume", dir.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("holds a different batch");
        assertThat(compare("-r", "2", "--out", dir.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("already holds a batch");
    }
}
