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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import portshift.TestPaths;
import portshift.scenario.LoadedScenario;

/**
 * The optimizer on a hand-built world where the answer is known: NORTH receives three times SOUTH's
 * containers from the export port and no port has insiders, so the cocaine mostly goes to NORTH and
 * a scanner placed there catches the most. The search must put them there, do so the same way on
 * every thread count and on resume, and refuse bad arguments in one located line.
 */
class OptimizeCommandTest {
    @TempDir
    Path tmp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

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
    }

    private int portshift(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        return Main.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    private int optimize(Path dir, String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("optimize", tmp.resolve("north.yaml").toString(),
                "--scanners", "1", "--ports", "SOUTH,NORTH", "-r", "4", "--confirm", "6", "--lots", "1",
                "--out", dir.toString(), "-q"));
        args.addAll(List.of(more));
        return portshift(args.toArray(String[]::new));
    }

    @Test
    void theScannersGoWhereMostOfTheCocaineGoes() throws IOException {
        Path dir = tmp.resolve("opt");
        assertThat(optimize(dir, "--threads", "2")).as(err.toString()).isZero();
        List<String> results = Files.readAllLines(dir.resolve("results.csv"));
        assertThat(results.get(1)).startsWith("optimum,NORTH +1 scanner,");
        assertThat(out.toString()).contains("optimum: NORTH +1 scanner");
        // every allocation evaluated is a row: the scanner at SOUTH, at NORTH (the search's two tries, which the
        // baselines repeat: equal shares rounds to the first candidate, containers from Latin America to NORTH)
        List<String> allocations = Files.readAllLines(dir.resolve("allocations.csv"));
        assertThat(allocations.get(0)).startsWith("allocation,label,kind,SOUTH_scanners,NORTH_scanners,SOUTH_officers");
        assertThat(allocations).hasSize(3);
        assertThat(allocations.get(1)).startsWith("s1.0-o0.0,SOUTH +1 scanner,search and baseline,");
        assertThat(results).anyMatch(r -> r.startsWith("equal shares across the candidates (no alliance),"));
        assertThat(results).anyMatch(r -> r.startsWith("by containers from Latin America,NORTH +1 scanner,"));
        assertThat(dir.resolve("figures/allocations.png")).isNotEmptyFile();

        // every allocation's gain over the input scenario, which is run on the fresh seeds too
        assertThat(results.get(0)).isEqualTo("allocation,label,outcome,mean,low,high,gain,gain_low,gain_high,"
                + "significant,gain_over_input,gain_over_input_low,gain_over_input_high,gain_over_input_clears_zero,"
                + "legit_delay_khours_per_year");
        String[] optimum = results.get(1).split(",", -1);
        String[] input = results.get(results.size() - 1).split(",", -1);
        assertThat(input[0] + "," + input[1]).isEqualTo("input,nothing added");
        assertThat(input[10]).as("the input has no gain over itself").isEmpty();
        assertThat(optimum[10]).as("the optimum's gain over the input, both ways round").isEqualTo(input[6]);
        assertThat(optimum[11] + optimum[12]).isEqualTo(input[7] + input[8]);
        boolean clears = Boolean.parseBoolean(optimum[13]);
        assertThat(out.toString().contains("the optimum does not do better than the input scenario on 6 fresh seeds"))
                .as(out.toString()).isEqualTo(!clears);

        // best.yaml extends a copy of the input in its own folder and loads as a scenario with the allocation dated
        LoadedScenario best = LoadedScenario.load(dir.resolve("best.yaml"));
        assertThat(best.config().interventions()).hasSize(1);
        assertThat(best.config().interventions().get(0).ports().get("NORTH").scanners()).isEqualTo(1);
        assertThat(best.config().dayOf(best.config().interventions().get(0))).isEqualTo(120);
        assertThat(portshift("compare", tmp.resolve("north.yaml").toString(), dir.resolve("best.yaml").toString(),
                "-r", "2", "--out", tmp.resolve("cmp").toString(), "-q")).as(err.toString()).isZero();
    }

    @Test
    void theSameSeedGivesTheSameSearchOnOneThreadAndOnResume() throws IOException {
        Path one = tmp.resolve("one");
        Path two = tmp.resolve("two");
        assertThat(optimize(one, "--threads", "1")).as(err.toString()).isZero();
        assertThat(optimize(two, "--threads", "2")).as(err.toString()).isZero();
        for (String f : List.of("allocations.csv", "results.csv", "best.yaml")) {
            assertThat(Files.readString(two.resolve(f))).as(f).isEqualTo(Files.readString(one.resolve(f)));
        }
        // a search cut short: half its kept runs lost; --resume runs only those again and writes the same files
        try (var files = Files.list(two.resolve("runs"))) {
            List<Path> kept = files.sorted().toList();
            for (int i = 0; i < kept.size(); i += 2) {
                Files.delete(kept.get(i));
            }
        }
        assertThat(optimize(two, "--threads", "2", "--resume")).as(err.toString()).isZero();
        for (String f : List.of("allocations.csv", "results.csv", "best.yaml")) {
            assertThat(Files.readString(two.resolve(f))).as(f + " after resume").isEqualTo(Files.readString(one.resolve(f)));
        }
    }

    @Test
    void bestYamlKeepsTheAddedEffortThroughTheScenariosLaterInterventions() throws IOException {
        Files.writeString(tmp.resolve("later.yaml"), """
                extends: north.yaml
                name: north-later
                interventions:
                  - at: 300
                    name: NORTH reinforced
                    ports:
                      NORTH: {scanners: 3}
                """);
        Path dir = tmp.resolve("later");
        assertThat(portshift("optimize", tmp.resolve("later.yaml").toString(), "--scanners", "1", "--ports", "NORTH",
                "-r", "2", "--confirm", "2", "--out", dir.toString(), "-q")).as(err.toString()).isZero();
        LoadedScenario best = LoadedScenario.load(dir.resolve("best.yaml"));
        var interventions = best.config().interventions();
        assertThat(interventions).hasSize(2);
        assertThat(best.config().dayOf(interventions.get(0))).isEqualTo(120);
        assertThat(interventions.get(0).ports().get("NORTH").scanners()).isEqualTo(1);
        assertThat(interventions.get(1).ports().get("NORTH").scanners()).isEqualTo(4);
    }

    @Test
    void aRobustSearchJudgesOverTheDeclaredUncertainties() throws IOException {
        String baseline = Files.readString(TestPaths.scenario("baseline.yaml")).replace("days: 2190", "days: 1100");
        Files.writeString(tmp.resolve("baseline.yaml"), baseline);
        Path dir = tmp.resolve("robust");
        assertThat(portshift("optimize", tmp.resolve("baseline.yaml").toString(), "--scanners", "2", "--ports",
                "ANTWERP,ROTTERDAM", "--robust", "--points", "2", "--quantile", "0.9", "-r", "2", "--confirm", "2",
                "--lots", "1", "--out", dir.toString(), "-q")).as(err.toString()).isZero();
        assertThat(out.toString()).contains("its 90% worst-case quantile over the points").contains("(2 points x 2");
        // each allocation's runs: 2 points x 2 replications
        try (var files = Files.list(dir.resolve("runs"))) {
            Path any = files.filter(f -> f.toString().contains("-seed1.")).findFirst().orElseThrow();
            assertThat(Files.readAllLines(any)).hasSize(1 + 2 * 2);
        }
        // the tiny world declares no uncertainties: a robust search there is refused in one line
        assertThat(optimize(tmp.resolve("none"), "--robust")).isEqualTo(2);
        assertThat(err.toString()).contains("explore: expected at least one uncertainty").hasLineCount(1);
    }

    @Test
    void aDelayBoundNoAllocationKeepsToIsSaidNotHidden() {
        Path dir = tmp.resolve("bound");
        assertThat(optimize(dir, "--max-delay", "0")).isEqualTo(2);
        assertThat(err.toString()).contains("--max-delay: no allocation evaluated keeps the delay to legitimate trade "
                + "at or under 0").hasLineCount(1);
        assertThat(dir.resolve("results.csv")).doesNotExist();
        assertThat(dir.resolve("best.yaml")).doesNotExist();
    }

    @Test
    void aChangeInAFileTheScenarioExtendsStopsAResume() throws IOException {
        Path dir = tmp.resolve("changed");
        assertThat(optimize(dir)).as(err.toString()).isZero();
        Files.writeString(tmp.resolve("tiny-world.yaml"),
                Files.readString(tmp.resolve("tiny-world.yaml")).replace("rationality_per_kusd: 2", "rationality_per_kusd: 3"));
        assertThat(optimize(dir, "--resume")).isEqualTo(2);
        assertThat(err.toString()).contains("--resume: holds no search, or another one");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "--ports|NORTH,WEST|--ports: expected port ids of",
            "--officers|-3|--officers: expected a whole number from 0 to 1000000, found -3",
            "--objective|happiness|--objective: expected an outcome with a better direction (delivered_europe_t_per_year (or delivered), ",
            "--quantile|0.9|--quantile: judges over uncertainty points; give it with --robust",
            "--slurm|0|--slurm: expected a whole number from 1 to 10000, found 0"})
    void badArgumentsAreRefusedInOneLine(String option, String value, String message) {
        Path dir = tmp.resolve("bad");
        int status = portshift("optimize", tmp.resolve("north.yaml").toString(), "--scanners", "2", option, value,
                "--out", dir.toString(), "-q");
        assertThat(status).isEqualTo(2);
        assertThat(err.toString()).contains(message).doesNotContain("Exception").hasLineCount(1);
        assertThat(dir.resolve("results.csv")).doesNotExist();
    }
}
