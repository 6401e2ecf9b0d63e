package portshift.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import portshift.Slow;
import portshift.TestPaths;
import portshift.analysis.Outcome;
import portshift.cli.Main;

/**
 * Each figure of a short compare and a short batch draws the numbers of the CSV files it came from: its data file
 * ({@code NAME.png.txt}) is read back and each series, box and row checked against timeseries.csv, ports.csv, runs.csv,
 * comparison.csv, summary.csv and colours.csv (the ports' names).
 */
@Slow
class FiguresAgainstCsvTest {
    private static final double CLOSE = 1e-5;

    @TempDir
    static Path tmp;
    private static String before;

    @BeforeAll
    static void runCompareAndBatch() throws IOException {
        String baseline = Files.readString(TestPaths.scenario("baseline.yaml")).replace("days: 2190", "days: 1100");
        Files.writeString(tmp.resolve("baseline.yaml"), baseline);
        for (String f : List.of("no-coordination.yaml", "alliance.yaml", "alliance-sweep.yaml")) {
            Files.copy(TestPaths.scenario(f), tmp.resolve(f));
        }
        before = System.getProperty(Figures.DATA);
        System.setProperty(Figures.DATA, "true");
        execute("compare", tmp.resolve("no-coordination.yaml").toString(), tmp.resolve("alliance.yaml").toString(), "-r",
                "3", "--threads", "2", "--quiet", "--out", tmp.resolve("compare").toString());
        execute("batch", tmp.resolve("alliance-sweep.yaml").toString(), "-r", "2", "--threads", "2", "--quiet", "--out",
                tmp.resolve("batch").toString());
    }

    @AfterAll
    static void restore() {
        if (before == null) {
            System.clearProperty(Figures.DATA);
        } else {
            System.setProperty(Figures.DATA, before);
        }
    }

    private static void execute(String... args) {
        StringWriter err = new StringWriter();
        int status = Main.execute(args, new PrintWriter(new StringWriter(), true), new PrintWriter(err, true));
        assertThat(status).as(String.join(" ", args) + "\n" + err).isZero();
    }

    private static DrawnData figure(String folder, String name) throws IOException {
        return DrawnData.read(tmp.resolve(folder).resolve("figures").resolve(name + ".png.txt"));
    }

    private static List<Map<String, String>> csv(String folder, String name) throws IOException {
        return DrawnData.csv(tmp.resolve(folder).resolve(name));
    }

    private static Map<String, String> portNames(String folder) throws IOException {
        Map<String, String> names = new LinkedHashMap<>();
        for (Map<String, String> r : csv(folder, "figures/colours.csv")) {
            if (r.get("kind").equals("port")) {
                names.put(r.get("key"), r.get("label"));
            }
        }
        return names;
    }

    private static void close(List<Double> drawn, List<Double> expected, String what) {
        assertThat(drawn).as(what).hasSameSizeAs(expected);
        for (int i = 0; i < drawn.size(); i++) {
            assertThat(drawn.get(i)).as(what + " [" + i + "]").isCloseTo(expected.get(i),
                    within(CLOSE * Math.max(1, Math.abs(expected.get(i)))));
        }
    }

    @Test
    void theTimePlotDrawsTimeseriesCsvWithItsBandCutAtZero() throws IOException {
        DrawnData.Panel p = figure("compare", "delivered_over_time").panels.get(0);
        for (String s : List.of("no-coordination", "alliance")) {
            List<Map<String, String>> rows = csv("compare", "timeseries.csv").stream()
                    .filter(r -> r.get("scenario").equals(s)).toList();
            close(p.series().get(s + " (mean)").ys(), rows.stream().map(r -> d(r, "delivered_europe_t")).toList(), s);
            close(p.series().get(s + " (95% band)").ys(),
                    rows.stream().map(r -> Math.max(0, d(r, "delivered_ci95_low"))).toList(), s + " low");
            close(p.series().get(s + " (95% band, upper)").ys(), rows.stream().map(r -> d(r, "delivered_ci95_high")).toList(),
                    s + " high");
        }
        assertThat(p.series()).containsKey("warm-up (not in the yearly figures)");
        assertThat(String.join("\n", figure("compare", "delivered_over_time").caption))
                .contains("2024-01-24  Alliance of European Ports launched (alliance)")
                .contains("2024-04-01  Antwerp's first two new scanners (both)");
    }

    @Test
    void seizuresPerPortAreThoseOfPortsCsvUnderThePortsNames() throws IOException {
        Map<String, String> names = portNames("compare");
        Map<String, Double> years = new LinkedHashMap<>();
        csv("compare", "runs.csv").forEach(r -> years.put(r.get("scenario") + "/" + r.get("replication"), d(r, "reported_years")));
        DrawnData.Panel p = figure("compare", "seizures_by_port").panels.get(0);
        for (String s : List.of("no-coordination", "alliance")) {
            Map<String, Double> tonnes = new TreeMap<>();
            for (Map<String, String> r : csv("compare", "ports.csv")) {
                if (r.get("scenario").equals(s) && r.get("region").equals("EUROPE") && r.get("reported").equals("true")) {
                    tonnes.merge(names.get(r.get("port")), d(r, "seized_kg") / 1000
                            / years.get(s + "/" + r.get("replication")) / 3, Double::sum);
                }
            }
            DrawnData.Series drawn = p.series().get(s);
            assertThat(drawn.x()).containsExactlyInAnyOrderElementsOf(tonnes.keySet());
            close(drawn.ys(), drawn.x().stream().map(tonnes::get).toList(), s);
        }
    }

    @Test
    void sharesAreThoseOfPortsCsvAndTheChangesNamePortsOnOneScale() throws IOException {
        Map<String, String> names = portNames("compare");
        DrawnData shares = figure("compare", "destination_shares");
        for (int panel = 0; panel < 2; panel++) {
            String s = List.of("no-coordination", "alliance").get(panel);
            DrawnData.Panel p = shares.panels.get(panel);
            Map<String, Map<String, Double>> kg = new TreeMap<>();
            for (Map<String, String> r : csv("compare", "ports.csv")) {
                if (r.get("scenario").equals(s) && r.get("region").equals("EUROPE")) {
                    int month = Integer.parseInt(r.get("month").substring(5));
                    String quarter = r.get("month").substring(0, 4) + "Q" + ((month - 1) / 3 + 1);
                    kg.computeIfAbsent(quarter, k -> new TreeMap<>()).merge(names.get(r.get("port")), d(r, "attempted_kg"),
                            Double::sum);
                }
            }
            List<String> shown = new ArrayList<>(p.series().keySet());
            for (String port : shown) {
                List<Double> expected = new ArrayList<>();
                for (Map<String, Double> q : kg.values()) {
                    double total = q.values().stream().mapToDouble(Double::doubleValue).sum();
                    double part = port.equals("other ports") ? q.entrySet().stream().filter(e -> !shown.contains(e.getKey()))
                            .mapToDouble(Map.Entry::getValue).sum() : q.getOrDefault(port, 0.0);
                    expected.add(100 * part / total);
                }
                close(p.series().get(port).ys(), expected, s + " " + port);
            }
        }
        for (DrawnData.Panel p : shares.panels.subList(2, shares.panels.size())) {
            assertThat(p.series().get("gained share").x()).isSubsetOf(names.values());
        }
        assertThat(shares.caption).anyMatch(line -> line.equals("alliance, from 2024-04: Antwerp's first two new scanners"));
    }

    @Test
    void boxesHoldEveryReplicationOfRunsCsvAndComparisonCsvsMeans() throws IOException {
        DrawnData boxes = figure("compare", "outcomes_boxplot");
        List<Map<String, String>> runs = csv("compare", "runs.csv");
        Map<String, Map<String, String>> comparison = new LinkedHashMap<>();
        csv("compare", "comparison.csv").forEach(r -> comparison.put(r.get("metric"), r));
        for (Outcome o : OutcomeBoxes.MAIN) {
            DrawnData.Panel p = boxes.panel(o.label());
            assertThat(p.rows()).extracting(r -> r.get(0)).containsExactly("no-coordination", "alliance");
            for (int i = 0; i < 2; i++) {
                String s = p.rows().get(i).get(0);
                List<Double> drawn = p.values().get(i).stream().map(Double::parseDouble).toList();
                if (o.recorded()) {
                    close(drawn, runs.stream().filter(r -> r.get("scenario").equals(s)).map(r -> d(r, o.column())).toList(),
                            o.column() + " " + s);
                }
                double mean = drawn.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
                assertThat(mean).as(o.column() + " " + s).isCloseTo(d(comparison.get(o.column()), i == 0 ? "mean_a" : "mean_b"),
                        within(CLOSE * Math.max(1, Math.abs(mean))));
            }
        }
    }

    @Test
    void theForestPlotDrawsComparisonCsvRelativeToAAndSaysWhichSideIsBetter() throws IOException {
        DrawnData.Panel p = figure("compare", "differences_forest").panels.get(0);
        List<Map<String, String>> rows = csv("compare", "comparison.csv");
        assertThat(p.rows()).hasSameSizeAs(rows);
        for (int i = 0; i < rows.size(); i++) {
            Map<String, String> r = rows.get(i);
            List<String> drawn = p.rows().get(i);
            double base = Math.abs(d(r, "mean_a"));
            if (base > 0 && !r.get("ci95_low").isEmpty() && !r.get("test").equals("fixed")) {
                for (String[] cell : new String[][] {{"1", "difference"}, {"2", "ci95_low"}, {"3", "ci95_high"}}) {
                    double v = d(r, cell[1]);
                    // the CSV's numbers have 6 decimals: what that rounding can move v / mean_a by, in %
                    double rounding = 100 * 1e-6 * (1 / base + Math.abs(v) / (base * base)) + 1e-9;
                    assertThat(Double.parseDouble(drawn.get(Integer.parseInt(cell[0])))).as(r.get("metric") + " " + cell[1])
                            .isCloseTo(100 * v / base, within(rounding));
                }
            }
        }
        assertThat(p.rows().get(0)).startsWith("delivered to Europe").endsWith("lower is better");
        assertThat(p.rows().get(1)).startsWith("seized in Europe").endsWith("higher is better");
    }

    @Test
    void batchFiguresDrawEveryVariantFromPortsCsvAndSummaryCsv() throws IOException {
        List<Map<String, String>> variants = csv("batch", "variants.csv");
        assertThat(variants).hasSize(15);
        DrawnData time = figure("batch", "delivered_over_time");
        assertThat(time.panels).hasSize(15);
        for (int v = 0; v < variants.size(); v++) {
            String s = variants.get(v).get("scenario");
            DrawnData.Panel p = time.panels.get(v);
            // titled by the variant's swept values, as variants.csv gives them
            assertThat(p.title()).isEqualTo("alliance harmonization = "
                    + variants.get(v).get("interventions_4_alliance_harmonization") + "; Antwerp-Bruges: scanners = "
                    + variants.get(v).get("interventions_3_ports_ANTWERP_scanners"));
            Map<String, double[]> perMonth = new TreeMap<>();
            for (Map<String, String> r : csv("batch", "ports.csv")) {
                if (r.get("scenario").equals(s) && r.get("region").equals("EUROPE")) {
                    perMonth.computeIfAbsent(r.get("month"), k -> new double[1])[0] += d(r, "delivered_kg") / 1000 / 2;
                }
            }
            close(p.series().get(s + " (mean)").ys(), perMonth.values().stream().map(x -> x[0]).toList(), s);
            assertThat(p.series().get(s + " (95% band)").ys()).allMatch(y -> y >= 0);
        }
        Map<String, Double> means = new LinkedHashMap<>();
        csv("batch", "summary.csv").forEach(r -> means.put(r.get("scenario") + "/" + r.get("metric"), d(r, "mean")));
        DrawnData boxes = figure("batch", "outcomes_boxplot");
        for (Outcome o : OutcomeBoxes.MAIN) {
            DrawnData.Panel p = boxes.panel(o.label());
            assertThat(p.rows()).hasSize(15);
            for (int v = 0; v < variants.size(); v++) {
                // a variant is named by its swept values, in the order of variants.csv
                assertThat(p.rows().get(v).get(0)).isEqualTo(time.panels.get(v).title());
                double mean = p.values().get(v).stream().mapToDouble(Double::parseDouble).average().orElseThrow();
                assertThat(mean).as(o.column()).isCloseTo(means.get(variants.get(v).get("scenario") + "/" + o.column()),
                        within(CLOSE * Math.max(1, Math.abs(mean))));
            }
        }
    }

    private static double d(Map<String, String> row, String column) {
        return Double.parseDouble(row.get(column));
    }
}
