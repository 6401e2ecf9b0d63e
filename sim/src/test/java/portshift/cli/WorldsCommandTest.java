package portshift.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import portshift.Slow;
import portshift.TestPaths;

/**
 * compare, batch and explore over three hand-written worlds: the files of an answer over worlds, the same bytes on one
 * thread and two, policies paired by seed within a world, a forecast and its change, and every misuse refused in one
 * line with status 2.
 */
@Slow
class WorldsCommandTest {
    /** Three worlds that differ in Colombian supply and inspection capacity; the other uncertainties keep the file's. */
    private static final String WORLDS = """
            world,wave,point,uncertainties_supply_tonnes_per_year_COLOMBIA,port_defaults_IMPORT_inspections_per_officer_per_day
            4,1,4,900,0.3
            7,1,7,1500,0.6
            9,2,2,2100,1.0
            """;

    private static final String NO_COORDINATION = TestPaths.scenario("no-coordination.yaml").toString();
    private static final String ALLIANCE = TestPaths.scenario("alliance.yaml").toString();

    @TempDir
    Path tmp;

    private Path worlds;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void worldsFile() throws IOException {
        worlds = tmp.resolve("worlds.csv");
        Files.writeString(worlds, WORLDS);
    }

    private int portshift(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        return Main.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    private String[] compare(Path dir, String threads) {
        return new String[] {"compare", NO_COORDINATION, ALLIANCE, "--worlds", worlds.toString(), "-r", "1", "-q",
            "--threads", threads, "--out", dir.toString()};
    }

    @Test
    void compareAnswersOverTheWorldsWithTheSameBytesOnOneThreadAndTwo() throws IOException {
        Path one = tmp.resolve("one");
        Path two = tmp.resolve("two");
        assertThat(portshift(compare(one, "1"))).as(err.toString()).isZero();
        String printed = out.toString();
        assertThat(printed).contains("3 worlds of").contains("replication r shares its seed across the policies");
        assertThat(printed).contains("better in").contains("world");
        List<String> across = Files.readAllLines(one.resolve("across_worlds.csv"));
        assertThat(across.get(0)).startsWith("outcome,unit,better,policy,versus,worlds,");
        String delivered = across.stream().filter(l -> l.startsWith("delivered_europe_t_per_year,")).findFirst()
                .orElseThrow();
        assertThat(delivered.split(",")[5]).as("the worlds counted").isEqualTo("3");

        // each world's runs are the scenario's with the world's values, and both policies share the seed
        List<String> experiments = Files.readAllLines(one.resolve("experiments.csv"));
        assertThat(experiments).hasSize(1 + 3 * 2);
        assertThat(experiments.get(0)).contains("uncertainties_supply_tonnes_per_year_COLOMBIA");
        assertThat(experiments.subList(1, 7)).as("each row numbered by its world in worlds.csv").map(l -> l.split(",")[0])
                .containsExactly("4", "4", "7", "7", "9", "9");
        assertThat(experiments.get(1).split(",")[3]).as("the policies share replication 0's seed in a world")
                .isEqualTo(experiments.get(2).split(",")[3]);

        List<String> forecast = Files.readAllLines(one.resolve("forecast.csv"));
        assertThat(forecast.get(0)).isEqualTo("policy,port,year,measure,unit,worlds,median,p05,p95");
        assertThat(forecast).anyMatch(l -> l.startsWith("alliance,ANTWERP,2024,seized_kg,kg,3,"));

        assertThat(portshift(compare(two, "2"))).as(err.toString()).isZero();
        for (String f : List.of("across_worlds.csv", "forecast.csv", "experiments.csv", "points.csv", "runs.csv",
                "robustness.csv")) {
            assertThat(Files.readAllBytes(two.resolve(f))).as(f + " on two threads")
                    .isEqualTo(Files.readAllBytes(one.resolve(f)));
        }
    }

    @Test
    void exploreAnswersOverTheWorldsWithTheirNumbers() throws IOException {
        Path dir = tmp.resolve("explore");
        assertThat(portshift("explore", NO_COORDINATION, ALLIANCE, "--worlds", worlds.toString(), "-r", "2", "-q",
                "--out", dir.toString())).as(err.toString()).isZero();
        assertThat(out.toString()).contains("3 worlds of 2 uncertainties").contains("over 3 worlds (sensitivity.csv)")
                .contains("replication noise makes up");
        for (String f : List.of("across_worlds.csv", "forecast.csv", "points.csv", "robustness.csv", "prim.csv",
                "sensitivity.csv", "uncertainties.csv")) {
            assertThat(dir.resolve(f)).as(f).exists();
        }
        assertThat(Files.readAllLines(dir.resolve("uncertainties.csv"))).as("the worlds' uncertainties only")
                .hasSize(3);
        assertThat(Files.readAllLines(dir.resolve("points.csv")).get(1)).startsWith("4,900,0.3,");
    }

    @Test
    void batchForecastsTheChangeFromAYearPerPortOverTheWorlds() throws IOException {
        Path dir = tmp.resolve("crackdown");
        assertThat(portshift("batch", TestPaths.scenario("crackdown-2024.yaml").toString(), "--worlds",
                worlds.toString(), "--change-from", "2023", "-r", "1", "-q", "--out", dir.toString()))
                .as(err.toString()).isZero();
        assertThat(out.toString()).contains("change from 2023 to 2024 per port over 3 worlds")
                .doesNotContain("best at (95% CI)");
        assertThat(dir.resolve("across_worlds.csv")).as("one policy has nothing to be compared with").doesNotExist();
        List<String> change = Files.readAllLines(dir.resolve("change.csv"));
        assertThat(change.get(0)).isEqualTo("policy,port,measure,unit,from_year,to_year,worlds,median,p05,p95,"
                + "rising_share,rising_low,rising_high");
        String antwerp = change.stream().filter(l -> l.startsWith("crackdown-2024,ANTWERP,attempted_kg,"))
                .findFirst().orElseThrow();
        String[] cells = antwerp.split(",");
        assertThat(cells[4] + "-" + cells[5] + " over " + cells[6]).isEqualTo("2023-2024 over 3");
        double median = Double.parseDouble(cells[7]);
        assertThat(Double.parseDouble(cells[8])).isLessThanOrEqualTo(median);
        assertThat(Double.parseDouble(cells[9])).isGreaterThanOrEqualTo(median);
    }

    @Test
    void everyMisuseIsOneLineWithStatusTwo() throws IOException {
        Path unknown = tmp.resolve("unknown.csv");
        Files.writeString(unknown, "world,wave,point,corruption\n1,1,1,0.2\n");
        String[][] cases = {
            {"explore", NO_COORDINATION, ALLIANCE, "--worlds", worlds.toString(), "--design", "sobol", "--out", tmp.resolve("a").toString()},
            {"compare", NO_COORDINATION, ALLIANCE, "--change-from", "2023", "--out", tmp.resolve("b").toString()},
            {"batch", TestPaths.scenario("crackdown-2024.yaml").toString(), "--worlds", worlds.toString(),
                "--change-from", "2040", "--out", tmp.resolve("c").toString()},
            {"compare", NO_COORDINATION, ALLIANCE, "--worlds", unknown.toString(), "--out", tmp.resolve("d").toString()},
            {"compare", NO_COORDINATION, ALLIANCE, "--worlds", tmp.resolve("missing.csv").toString(), "--out", tmp.resolve("e").toString()},
        };
        List<String> expected = List.of("--design", "--change-from: forecasts the change over the worlds of a match",
                "--change-from: expected a year that is reported whole with the next", "unknown.csv:1: column 4: "
                + "expected an uncertainty the scenarios declare", "missing.csv: cannot read the worlds");
        for (int i = 0; i < cases.length; i++) {
            assertThat(portshift(cases[i])).as(String.join(" ", cases[i]) + ": " + err).isEqualTo(2);
            String message = err.toString().strip();
            assertThat(message).as(String.join(" ", cases[i])).contains(expected.get(i)).doesNotContain("\n")
                    .doesNotContain("Exception");
        }
        for (String folder : List.of("a", "b", "c", "d", "e")) {
            assertThat(tmp.resolve(folder)).as("nothing written for " + folder).doesNotExist();
        }
    }
}
