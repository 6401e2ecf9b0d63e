package portshift.cli;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import portshift.analysis.InterventionWindow;
import portshift.analysis.Metric;
import portshift.analysis.RecordedRun;
import portshift.analysis.Reference;
import portshift.analysis.RunMetrics;
import portshift.experiment.Outcomes;
import portshift.experiment.Replication;
import portshift.experiment.RunResult;
import portshift.model.ModelConfig;
import portshift.scenario.LoadedScenario;
import portshift.scenario.ScenarioException;
import portshift.scenario.SourceMap;
import portshift.scenario.Sweep;

/**
 * {@code portshift eval}: the model as a black box for workflow tools (the EMA Workbench, SALib, an optimizer):
 * parameter values in as JSON, outcomes out as JSON. With {@code --lines} one process serves many evaluations, one
 * JSON line in and one out each, so that a driver pays for starting Java once per worker, not once per evaluation.
 */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Read a JSON object of field paths (as in a sweep) to values from standard input (or --input), "
                + "set them in the scenario, run R replications (seed + r) and write the outcomes as JSON on "
                + "standard output: each outcome's values per replication and their mean. With --lines, read one such "
                + "object per line and write one JSON line per line read, as each is done, in the same process.")
final class EvalCommand extends Subcommand {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Mixin
    ScenarioOption scenario;

    @Option(names = "--input", paramLabel = "FILE", defaultValue = "-",
            description = "the JSON to read, or - for standard input (default: ${DEFAULT-VALUE})")
    String input;

    @Option(names = "--lines", description = "JSON lines: one object per line, one result line per line; a line that "
            + "is refused gives a line {\"line\": N, \"error\": \"...\"} and the next line is read; the exit status is 2 "
            + "if any line was refused")
    boolean lines;

    @Option(names = {"-r", "--replications"}, defaultValue = "1", paramLabel = "R",
            description = "replications (default: ${DEFAULT-VALUE})")
    int replications;

    @Option(names = "--seed", defaultValue = "1", description = "base seed; replication r runs with seed + r (default: ${DEFAULT-VALUE})")
    long seed;

    @Override
    public Integer call() throws IOException {
        Limits.count("--replications", replications, 1, Limits.MAX_REPLICATIONS);
        String where = input.equals("-") ? "stdin" : input;
        LoadedScenario loaded = Sweep.refused(scenario.load(), "eval");
        BiFunction<Map<String, JsonNode>, Map<String, SourceMap.Location>, LoadedScenario> set =
                loaded.locatedVariations();
        try (InputStream in = open(where)) {
            if (!lines) {
                JsonInput.Values values = JsonInput.object(JsonLines.whole(in), where, 1, false);
                out().println(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(evaluate(set, values, 0)));
                return 0;
            }
            int refused = 0;
            JsonLines reader = new JsonLines(in);
            for (JsonLines.Line line = reader.next(); line != null; line = reader.next()) {
                ObjectNode result;
                try {
                    result = evaluate(set, JsonInput.object(line.bytes(), where, line.number(), true), line.number());
                } catch (ScenarioException e) {
                    refused++;
                    result = JSON.createObjectNode().put("line", line.number()).put("error", e.problems().get(0));
                    if (e.problems().size() > 1) {
                        e.problems().forEach(result.putArray("errors")::add);
                    }
                }
                out().println(JSON.writeValueAsString(result));
                out().flush();
            }
            if (reader.read() == 0) {
                throw new ScenarioException(where + ":1:1: expected JSON lines, one object of field paths to values "
                        + "per line, found empty input");
            }
            if (refused > 0) {
                err().println("portshift: " + Printable.of(where) + ": " + refused + " of " + reader.read()
                        + " lines refused; each has an error line on standard output");
                return Main.USER_ERROR;
            }
            return 0;
        }
    }

    /** A number, or null where there is none (a quotient of zeros): JSON has no NaN. */
    private static void number(ObjectNode o, String name, double v) {
        if (Double.isFinite(v)) {
            o.put(name, v);
        } else {
            o.putNull(name);
        }
    }

    private InputStream open(String where) throws IOException {
        if (input.equals("-")) {
            return new BufferedInputStream(in());
        }
        Path file = Path.of(input);
        if (!Files.isRegularFile(file)) {
            throw new ScenarioException(Printable.of(where) + ": expected a JSON file, found no such file");
        }
        return new BufferedInputStream(Files.newInputStream(file));
    }

    /** One evaluation: the values set in the scenario, R runs, and the result object; line is 0 for a single object. */
    private ObjectNode evaluate(BiFunction<Map<String, JsonNode>, Map<String, SourceMap.Location>, LoadedScenario> set,
                                JsonInput.Values values, int line) {
        LoadedScenario at = set.apply(values.values(), values.written());
        ModelConfig config = at.config();
        Reference reference = Outcomes.reference(List.of(new Sweep.Variant(config.scenario(), at)));
        List<InterventionWindow> windows = Outcomes.windows(config);
        Map<String, List<Double>> outcomes = new LinkedHashMap<>();
        for (int r = 0; r < replications; r++) {
            RunResult run = Replication.run(config, r, Replication.seed(seed, r));
            Map<Metric, Double> m = RunMetrics.of(RecordedRun.of(run.summary(), run.ports()), reference, windows);
            m.forEach((metric, v) -> outcomes.computeIfAbsent(metric.name(), k -> new ArrayList<>()).add(v));
        }
        ObjectNode root = JSON.createObjectNode();
        if (line > 0) {
            root.put("line", line);
        }
        root.put("scenario", config.scenario());
        root.put("seed", seed);
        root.put("replications", replications);
        ObjectNode given = root.putObject("parameters");
        values.values().forEach(given::set);
        ObjectNode out = root.putObject("outcomes");
        outcomes.forEach((name, list) -> {
            ObjectNode o = out.putObject(name);
            number(o, "mean", list.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN));
            com.fasterxml.jackson.databind.node.ArrayNode each = o.putArray("values");
            list.forEach(v -> each.add(Double.isFinite(v) ? JSON.getNodeFactory().numberNode(v)
                    : JSON.getNodeFactory().nullNode()));
        });
        return root;
    }
}
