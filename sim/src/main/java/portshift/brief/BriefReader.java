package portshift.brief;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import portshift.analysis.Metric;
import portshift.analysis.Outcome;
import portshift.scenario.ScenarioException;

/**
 * Reads a brief from results folders: one of a single-world {@code compare} (comparison.csv), and at most one of an
 * {@code explore} over the declared ranges and one answer over worlds ({@code --worlds}: across_worlds.csv). Each
 * mistake is one line naming the folder or file.
 */
public final class BriefReader {
    /** The figures a brief shows, in this order, where the comparison wrote them. */
    private static final List<String> FIGURES = List.of("outcomes_boxplot.png", "differences_forest.png",
            "delivered_over_time.png", "seizures_by_port.png", "destination_shares.png");
    private static final String DELIVERED = "delivered_europe_t_per_year";

    private BriefReader() {
    }

    public static Brief read(List<Path> folders) {
        Path compare = null;
        Spread explored = null;
        Spread matched = null;
        for (Path f : folders) {
            if (!Files.isDirectory(f)) {
                throw new ScenarioException(f + ": expected a results folder of compare, explore or --worlds, found "
                        + (Files.exists(f) ? "a file" : "nothing"));
            }
            if (Files.exists(f.resolve("across_worlds.csv"))) {
                matched = once(matched, spread(f, true), f, "answer over worlds");
            } else if (Files.exists(f.resolve("robustness.csv"))) {
                explored = once(explored, spread(f, false), f, "exploration");
            } else if (Files.exists(f.resolve("comparison.csv"))) {
                if (compare != null) {
                    throw new ScenarioException(f + ": a brief takes one comparison; " + compare + " is one already");
                }
                compare = f;
            } else {
                throw new ScenarioException(f + ": expected the results of compare (comparison.csv), explore "
                        + "(robustness.csv) or --worlds (across_worlds.csv), found none of them");
            }
        }
        if (compare == null) {
            throw new ScenarioException("brief: expected the results folder of a compare among " + folders);
        }
        List<JsonNode> parameters = new ArrayList<>();
        json(compare.resolve("manifest.json")).path("scenarios").forEach(x -> parameters.add(x.path("parameters")));
        return comparison(compare, explored, matched, parameters);
    }

    /** The brief of a comparison being written, before its manifest: the scenarios' parameters given. */
    public static Brief ofComparison(Path dir, List<JsonNode> parameters) {
        return comparison(dir, null, null, parameters);
    }

    /** The folder among {@code folders} that holds a comparison (comparison.csv and no answer over worlds). */
    public static Path compareFolder(List<Path> folders) {
        return folders.stream().filter(f -> Files.exists(f.resolve("comparison.csv"))
                && !Files.exists(f.resolve("across_worlds.csv"))).findFirst().orElseThrow();
    }

    private static <T> T once(T before, T now, Path f, String what) {
        if (before != null) {
            throw new ScenarioException(f + ": a brief takes one " + what + "; give one folder of each kind");
        }
        return now;
    }

    private static Brief comparison(Path dir, Spread explored, Spread matched, List<JsonNode> parameters) {
        Map<String, String> descriptions = new LinkedHashMap<>();
        Map<String, String> labels = new HashMap<>();
        for (JsonNode p : parameters) {
            descriptions.put(p.path("name").asText(), p.path("description").asText("").strip());
            for (JsonNode i : p.path("interventions")) {
                String name = i.path("name").asText("");
                if (!name.isEmpty()) {
                    labels.put(new Metric(Outcome.WDQ, name).name(), "displacement quotient of \u201c" + name
                            + "\u201d");
                }
            }
        }
        List<Map<String, String>> rows = CsvTable.read(dir.resolve("comparison.csv")).requiring("metric", "unit",
                "scenario_a", "scenario_b", "pairs", "mean_a", "mean_b", "ci95_low", "ci95_high", "test").records();
        if (rows.isEmpty()) {
            throw new ScenarioException(dir.resolve("comparison.csv") + ":2: expected a row per outcome, found none");
        }
        String a = rows.get(0).get("scenario_a");
        String b = rows.get(0).get("scenario_b");
        int pairs = (int) CsvTable.number(rows.get(0), "pairs");
        List<Verdict> verdicts = rows.stream().map(r -> Verdict.of(r, labels)).toList();
        String statusQuo = null;
        List<Verdict> today = List.of();
        Path sq = dir.resolve("status_quo.csv");
        if (Files.exists(sq)) {
            List<Map<String, String>> s = CsvTable.read(sq).requiring("metric", "scenario_a", "mean_a", "mean_b",
                    "ci95_low", "ci95_high", "test").records();
            if (!s.isEmpty()) {
                statusQuo = s.get(0).get("scenario_a");
                today = s.stream().map(r -> Verdict.of(r, labels)).toList();
            }
        }
        List<Path> figures = FIGURES.stream().map(n -> dir.resolve("figures").resolve(n)).filter(Files::exists)
                .toList();
        return new Brief(a, b, descriptions, pairs, verdicts, statusQuo, today, figures,
                FlowMaps.read(dir, a, b), explored, matched);
    }

    static JsonNode json(Path file) {
        try {
            return new ObjectMapper().readTree(file.toFile());
        } catch (IOException e) {
            throw new ScenarioException(file + ": cannot read it as JSON: " + e.getMessage());
        }
    }

    /** The answer over the points of an exploration or the worlds of a match, on deliveries to Europe. */
    private static Spread spread(Path dir, boolean worlds) {
        List<Map<String, String>> points = CsvTable.read(dir.resolve("points.csv"))
                .requiring("outcome", "policy", "mean", "difference").records();
        Set<String> policies = new LinkedHashSet<>();
        points.forEach(r -> policies.add(r.get("policy")));
        if (policies.size() < 2) {
            throw new ScenarioException(dir.resolve("points.csv") + ": expected two policies to compare, found "
                    + policies);
        }
        List<String> names = new ArrayList<>(policies);
        String first = names.get(0);
        String second = names.get(1);
        double[] d = points.stream().filter(r -> r.get("outcome").equals(DELIVERED) && r.get("policy").equals(second))
                .mapToDouble(r -> CsvTable.number(r, "difference")).toArray();
        double mean = java.util.Arrays.stream(d).average().orElse(Double.NaN);
        double low = Double.NaN;
        double high = Double.NaN;
        double share;
        double shareLow;
        double shareHigh;
        if (worlds) {
            Map<String, String> row = CsvTable.read(dir.resolve("across_worlds.csv")).requiring("outcome", "policy",
                    "difference", "difference_low", "difference_high", "better_share", "better_low", "better_high")
                    .records().stream().filter(r -> r.get("outcome").equals(DELIVERED) && r.get("policy").equals(second))
                    .findFirst().orElseThrow(() -> new ScenarioException(dir.resolve("across_worlds.csv")
                            + ": expected a row for " + DELIVERED + " and " + second + ", found none"));
            mean = CsvTable.number(row, "difference");
            low = CsvTable.number(row, "difference_low");
            high = CsvTable.number(row, "difference_high");
            share = CsvTable.number(row, "better_share");
            shareLow = CsvTable.number(row, "better_low");
            shareHigh = CsvTable.number(row, "better_high");
        } else {
            Map<String, String> row = CsvTable.read(dir.resolve("robustness.csv")).requiring("outcome", "policy",
                    "best_share", "best_low", "best_high").records().stream()
                    .filter(r -> r.get("outcome").equals(DELIVERED) && r.get("policy").equals(second)).findFirst()
                    .orElseThrow(() -> new ScenarioException(dir.resolve("robustness.csv") + ": expected a row for "
                            + DELIVERED + " and " + second + ", found none"));
            share = CsvTable.number(row, "best_share");
            shareLow = CsvTable.number(row, "best_low");
            shareHigh = CsvTable.number(row, "best_high");
        }
        return new Spread(worlds, dir.toString(), d.length, d, mean, low, high, share, shareLow, shareHigh,
                drivers(dir, second + " - " + first));
    }

    /** The three uncertainties the difference on deliveries correlates with most, with their ranges' sources. */
    private static List<Spread.Driver> drivers(Path dir, String of) {
        Map<String, String> sources = new HashMap<>();
        Path u = dir.resolve("uncertainties.csv");
        if (Files.exists(u)) {
            CsvTable.read(u).records().forEach(r -> sources.put(r.get("path"), r.getOrDefault("source", "")));
        }
        Path s = dir.resolve("sensitivity.csv");
        if (!Files.exists(s)) {
            return List.of();
        }
        return CsvTable.read(s).requiring("outcome", "of", "uncertainty", "measure", "value", "low", "high").records()
                .stream().filter(r -> r.get("outcome").equals(DELIVERED) && r.get("of").equals(of)
                        && r.get("measure").equals("rank_correlation"))
                .map(r -> new Spread.Driver(r.get("uncertainty"), CsvTable.number(r, "value"),
                        CsvTable.number(r, "low"), CsvTable.number(r, "high"),
                        sources.getOrDefault(r.get("uncertainty"), "")))
                .filter(x -> Double.isFinite(x.rho()))
                .sorted((x, y) -> Double.compare(Math.abs(y.rho()), Math.abs(x.rho()))).limit(3).toList();
    }
}
