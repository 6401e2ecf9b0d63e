package portshift.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import portshift.Slow;
import portshift.TestPaths;
import portshift.experiment.ResultReader;

/** A small exploration of the shipped policies, shortened to 800 days so that the 2024 interventions happen. */
@Slow
class ExploreCommandTest {
    private static final int POINTS = 5;
    private static final List<String> TABLES = List.of("experiments.csv", "points.csv", "robustness.csv",
            "uncertainties.csv", "runs.csv", "sensitivity.csv", "prim.csv", "prim_cuts.csv", "figures/differences.png",
            "figures/sensitivity.png", "figures/prim_trajectory.png", "figures/winners.png");

    @TempDir
    Path tmp;

    private final StringWriter err = new StringWriter();
    private final StringWriter printed = new StringWriter();

    @BeforeEach
    void shortPolicies() throws IOException {
        String baseline = Files.readString(TestPaths.scenario("baseline.yaml")).replace("days: 2190", "days: 1100");
        Files.writeString(tmp.resolve("baseline.yaml"), baseline);
        Files.copy(TestPaths.scenario("no-coordination.yaml"), tmp.resolve("no-coordination.yaml"));
        Files.copy(TestPaths.scenario("alliance.yaml"), tmp.resolve("alliance.yaml"));
    }

    private int explore(String... args) {
        String[] all = Stream.concat(Stream.of("explore", tmp.resolve("no-coordination.yaml").toString(),
                tmp.resolve("alliance.yaml").toString(), "--samples", String.valueOf(POINTS), "-r", "2", "-q"),
                Stream.of(args)).toArray(String[]::new);
        return Main.execute(all, new PrintWriter(printed, true), new PrintWriter(err, true));
    }

    @Test
    void theSameBytesWithOneAndTwoThreadsAndAfterAResume() throws IOException {
        Path one = tmp.resolve("one");
        Path two = tmp.resolve("two");
        assertThat(explore("--threads", "1", "--out", one.toString())).as(err.toString()).isZero();
        assertThat(explore("--threads", "2", "--out", two.toString())).as(err.toString()).isZero();
        for (String f : TABLES) {
            assertThat(Files.readAllBytes(two.resolve(f))).as(f).isEqualTo(Files.readAllBytes(one.resolve(f)));
        }
        Path run = two.resolve("shards/00003-r001.run.csv");
        Files.writeString(run, Files.readString(run).substring(0, 20));
        Files.delete(two.resolve("experiments.csv"));
        Files.delete(two.resolve("manifest.json"));
        assertThat(explore("--resume", two.toString())).as(err.toString()).isZero();
        assertThat(Files.readString(two.resolve("manifest.json"))).contains("\"runs_this_time\" : 1");
        for (String f : TABLES) {
            assertThat(Files.readAllBytes(two.resolve(f))).as(f + " after resume").isEqualTo(Files.readAllBytes(one.resolve(f)));
        }
    }

    @Test
    void everyPolicyMeetsTheSamePointsWithTheSameSeedsAndEachRangeIsStratified() throws IOException {
        Path dir = tmp.resolve("ex");
        // the launched Alliance delivers less at every point, so PRIM looks at the flow via France and Spain, where
        // it does worse at some points and not at others
        assertThat(explore("--prim", "france_spain_share", "--out", dir.toString())).as(err.toString()).isZero();
        List<String[]> rows = Files.readAllLines(dir.resolve("experiments.csv")).stream().skip(1)
                .map(l -> l.split(",", -1)).toList();
        assertThat(rows).hasSize(POINTS * 2 * 2);
        // path, column, label, low, high, whole, scale, source; labels and sources may hold quoted commas
        List<String[]> ranges = ResultReader.records(Files.readString(dir.resolve("uncertainties.csv"))).stream().skip(1)
                .map(l -> l.toArray(new String[0])).toList();
        assertThat(ranges).hasSizeGreaterThanOrEqualTo(10);
        for (int point = 0; point < POINTS; point++) {
            int p = point;
            List<String[]> at = rows.stream().filter(r -> r[0].equals(String.valueOf(p))).toList();
            assertThat(at.stream().map(r -> String.join(",", List.of(r).subList(4, 4 + ranges.size()))).distinct())
                    .as("the sampled values at point %d", point).hasSize(1);
            assertThat(at.stream().filter(r -> r[2].equals("0")).map(r -> r[3]).distinct()).as("replication 0's seed").hasSize(1);
        }
        for (int j = 0; j < ranges.size(); j++) {
            double low = Double.parseDouble(ranges.get(j)[3]);
            double high = Double.parseDouble(ranges.get(j)[4]);
            boolean whole = Boolean.parseBoolean(ranges.get(j)[5]);
            boolean log = ranges.get(j)[6].equals("log");
            Set<Integer> strata = new HashSet<>();
            for (String[] r : rows) {
                double v = Double.parseDouble(r[4 + j]);
                assertThat(v).as(ranges.get(j)[0]).isBetween(low, high);
                double share = log ? Math.log(v / low) / Math.log(high / low) : (v - low) / (high - low);
                strata.add((int) Math.min(POINTS - 1, Math.floor(share * POINTS + 1e-9)));
            }
            if (!whole) {
                assertThat(strata).as("one point per fifth of %s", ranges.get(j)[0]).hasSize(POINTS);
            }
        }
        assertThat(ranges).allSatisfy(r -> assertThat(r[1]).as("the column of %s", r[0])
                .isEqualTo(r[0].replaceAll("[^A-Za-z0-9_]+", "_")));
        List<String> prim = Files.readAllLines(dir.resolve("prim.csv"));
        assertThat(prim.get(0)).startsWith("step,phase,coverage,density,points,cases,start_of_pasting,outcome,threshold,"
                + ranges.get(0)[1] + "_at_least," + ranges.get(0)[1] + "_at_most,");
        assertThat(prim.stream().skip(1).filter(l -> l.split(",")[1].equals("reported"))).as("one box is reported")
                .hasSize(1);
        assertThat(prim.stream().skip(1).filter(l -> l.split(",")[6].equals("true"))).as("pasting starts once")
                .hasSize(1);
        assertThat(prim.get(1)).as("the first box holds every point").startsWith("0,peel,");
        assertThat(prim.get(1).split(",")[4]).isEqualTo(String.valueOf(POINTS));
        List<String> cuts = Files.readAllLines(dir.resolve("prim_cuts.csv"));
        assertThat(cuts.get(0)).isEqualTo("uncertainty,column,side,sampled_end,bound,quasi_p,reported,bootstrap_share");
        assertThat(cuts).as("a row per uncertainty and side").hasSize(1 + 2 * ranges.size());
        List<String> robustness = Files.readAllLines(dir.resolve("robustness.csv"));
        assertThat(robustness.get(0)).startsWith("outcome,unit,better,policy,points,best_share");
        assertThat(robustness).anyMatch(l -> l.startsWith("delivered_europe_t_per_year,t/year,lower,alliance," + POINTS + ","));
        assertThat(printed.toString()).contains("replication noise makes up").contains("best at (95% CI)")
                .contains("PRIM's box").doesNotContain("NaN");
    }

    @Test
    void morrisTrajectoriesScreenEveryUncertaintyForEachPolicyAndTheDifference() throws IOException {
        Path dir = tmp.resolve("morris");
        int status = Main.execute(new String[] {"explore", tmp.resolve("no-coordination.yaml").toString(),
                tmp.resolve("alliance.yaml").toString(), "--design", "morris", "--samples", "28", "-r", "1", "-q",
                "--out", dir.toString()}, new PrintWriter(printed, true), new PrintWriter(err, true));
        assertThat(status).as(err.toString()).isZero();
        int uncertainties = Files.readAllLines(dir.resolve("uncertainties.csv")).size() - 1;
        assertThat(Files.readAllLines(dir.resolve("experiments.csv"))).as("2 trajectories of k + 1 points, 2 policies")
                .hasSize(1 + 2 * (uncertainties + 1) * 2);
        List<String[]> rows = Files.readAllLines(dir.resolve("sensitivity.csv")).stream().skip(1)
                .map(l -> l.split(",", -1)).toList();
        List<String[]> delivered = rows.stream().filter(r -> r[0].equals("delivered_europe_t_per_year")).toList();
        assertThat(delivered).as("mu_star, mu and sigma per uncertainty").hasSize(3 * 3 * uncertainties);
        assertThat(delivered.stream().map(r -> r[2]).distinct())
                .containsExactly("no-coordination", "alliance", "alliance - no-coordination");
        assertThat(delivered.stream().filter(r -> r[5].equals("mu_star"))).allSatisfy(r -> {
            assertThat(Double.parseDouble(r[6])).as("mu* of %s", r[3]).isGreaterThanOrEqualTo(0);
            assertThat(r[9]).isEqualTo("2");
            assertThat(r[10]).as("mu* of the first trajectory").isNotEmpty();
        });
        assertThat(dir.resolve("robustness.csv")).as("no shares of a Morris design's points").doesNotExist();
        assertThat(dir.resolve("prim.csv")).doesNotExist();
        assertThat(printed.toString()).contains("with 1 replication per point, replication noise cannot be told apart")
                .doesNotContain("depends most on").doesNotContain("best at").doesNotContain("PRIM");
    }

    @Test
    void aSaltelliDesignGivesFirstTotalAndSecondOrderIndicesForEachPolicyAndTheDifference() throws IOException {
        Path dir = tmp.resolve("sobol");
        int status = Main.execute(new String[] {"explore", tmp.resolve("no-coordination.yaml").toString(),
                tmp.resolve("alliance.yaml").toString(), "--design", "sobol", "--second-order", "--samples", "45", "-r",
                "1", "-q", "--out", dir.toString()}, new PrintWriter(printed, true), new PrintWriter(err, true));
        assertThat(status).as(err.toString()).isZero();
        int k = Files.readAllLines(dir.resolve("uncertainties.csv")).size() - 1;
        int rows = 4;
        assertThat(printed.toString()).contains("Saltelli design: 4 rows of " + (2 * k + 2) + " points ("
                + 4 * (2 * k + 2) + " points); --samples 45 rounded up to a power of two of rows");
        assertThat(Files.readAllLines(dir.resolve("experiments.csv"))).as("rows of 2k + 2 points, 2 policies")
                .hasSize(1 + rows * (2 * k + 2) * 2);
        List<String[]> delivered = Files.readAllLines(dir.resolve("sensitivity.csv")).stream().skip(1)
                .map(l -> l.split(",", -1)).filter(r -> r[0].equals("delivered_europe_t_per_year")).toList();
        assertThat(delivered).hasSize(3 * (2 * k + k * (k - 1) / 2));
        assertThat(delivered.stream().map(r -> r[5]).distinct())
                .containsExactly("first_order", "total_order", "second_order");
        assertThat(delivered).allSatisfy(r -> {
            assertThat(r[9]).isEqualTo(String.valueOf(rows));
            assertThat(r[4].isEmpty()).as("a partner for second-order indices only").isEqualTo(!r[5].equals("second_order"));
            if (!r[7].isEmpty() && !r[8].isEmpty()) {
                assertThat(Double.parseDouble(r[7])).as("low of %s %s", r[3], r[5]).isLessThanOrEqualTo(Double.parseDouble(r[8]));
            }
        });
        assertThat(dir.resolve("robustness.csv")).as("no shares of a Sobol design's points").doesNotExist();
        assertThat(dir.resolve("prim.csv")).doesNotExist();
        assertThat(printed.toString()).contains("cannot be told apart").contains("convergence: from the first 2 rows to all 4")
                .doesNotContain("depends most on").doesNotContain("best at");
    }

    @Test
    void secondOrderIndicesNeedASobolDesign() {
        assertThat(explore("--second-order", "--out", tmp.resolve("never").toString())).isEqualTo(2);
        assertThat(err.toString()).isEqualTo("portshift: --second-order: estimates second-order Sobol indices; give it "
                + "with --design sobol" + System.lineSeparator());
        assertThat(tmp.resolve("never")).doesNotExist();
    }

    @Test
    void badRangesAreRefusedOnTheirOwnLinesAndNothingIsWritten() throws IOException {
        Files.writeString(tmp.resolve("bad.yaml"), """
                extends: baseline.yaml
                name: bad
                explore:
                  uncertainties:
                    uncertainties.corruptible_share.all: {range: [0.04, 0.01], source: assumption}
                    uncertainties.traffickers.no_such_field: {range: [1, 2], source: assumption}
                    uncertainties.corruptible_share.ports.ANTWERP: {range: [0.5, 1.5], source: assumption}
                    ports.ANTWERP.officers: {range: [100.5, 900], source: assumption}
                    uncertainties.traffickers.weekly_memory: {range: [0.9], source: assumption}
                    uncertainties.traffickers.prior_passes: {range: [2, 30], source: assumption, scale: cubic}
                    uncertainties.traffickers.rationality_per_kusd: {range: [0, 1], source: assumption, scale: log}
                """);
        Path out = tmp.resolve("never");
        int status = Main.execute(new String[] {"explore", tmp.resolve("bad.yaml").toString(), "--out", out.toString(), "-q"},
                new PrintWriter(new StringWriter(), true), new PrintWriter(err, true));
        assertThat(status).isEqualTo(2);
        String text = err.toString();
        assertThat(text).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(text.lines()).allMatch(l -> l.matches("portshift: .*bad\\.yaml:\\d+:\\d+: explore\\.uncertainties\\..*"));
        assertThat(text).contains("bad.yaml:5:").contains("expected low < high, found [0.04, 0.01]");
        assertThat(text).contains("bad.yaml:6:").contains("no_such_field: expected the path of a number");
        assertThat(text).contains("bad.yaml:7:").contains("at 1.5: ").contains("[0, 1]");
        assertThat(text).contains("bad.yaml:8:").contains("is a whole number");
        assertThat(text).contains("bad.yaml:9:").contains("expected [low, high], found 1 values");
        assertThat(text).contains("bad.yaml:10:").contains("scale: expected linear or log, found cubic");
        assertThat(text).contains("bad.yaml:11:").contains("a log scale needs both ends above 0");
        assertThat(out).doesNotExist();
    }
}
