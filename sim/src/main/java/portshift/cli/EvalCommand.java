package portshift.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
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
import portshift.scenario.Sweep;

/**
 * {@code portshift eval}: one evaluation of the model as a black box, for workflow tools (the EMA Workbench,
 * OpenMOLE): parameter values in as JSON, outcomes out as JSON.
 */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Read a JSON object of field paths (as in a sweep) to values from standard input (or --input), "
                + "set them in the scenario, run R replications (seed + r) and write the outcomes as JSON on "
                + "standard output: each outcome's values per replication and their mean.")
final class EvalCommand extends Subcommand {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Mixin
    ScenarioOption scenario;

    @Option(names = "--input", paramLabel = "FILE", defaultValue = "-",
            description = "the JSON object to read, or - for standard input (default: ${DEFAULT-VALUE})")
    String input;

    @Option(names = {"-r", "--replications"}, defaultValue = "1", paramLabel = "R",
            description = "replications (default: ${DEFAULT-VALUE})")
    int replications;

    @Option(names = "--seed", defaultValue = "1", description = "base seed; replication r runs with seed + r (default: ${DEFAULT-VALUE})")
    long seed;

    @Override
    public Integer call() throws IOException {
        Limits.count("--replications", replications, 1, Limits.MAX_REPLICATIONS);
        Map<String, JsonNode> values = values();
        LoadedScenario loaded = Sweep.refused(scenario.load(), "eval");
        LoadedScenario set = values.isEmpty() ? loaded : loaded.with(values);
        ModelConfig config = set.config();
        Reference reference = Outcomes.reference(List.of(new Sweep.Variant(config.scenario(), set)));
        List<InterventionWindow> windows = Outcomes.windows(config);
        Map<String, List<Double>> outcomes = new LinkedHashMap<>();
        for (int r = 0; r < replications; r++) {
            RunResult run = Replication.run(config, r, Replication.seed(seed, r));
            Map<Metric, Double> m = RunMetrics.of(RecordedRun.of(run.summary(), run.ports()), reference, windows);
            m.forEach((metric, v) -> outcomes.computeIfAbsent(metric.name(), k -> new ArrayList<>()).add(v));
        }
        ObjectNode root = JSON.createObjectNode();
        root.put("scenario", config.scenario());
        root.put("seed", seed);
        root.put("replications", replications);
        ObjectNode given = root.putObject("parameters");
        values.forEach(given::set);
        ObjectNode out = root.putObject("outcomes");
        outcomes.forEach((name, list) -> {
            ObjectNode o = out.putObject(name);
            o.put("mean", list.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN));
            list.forEach(o.putArray("values")::add);
        });
        out().println(JSON.writeValueAsString(root));
        return 0;
    }

    /** The values to set: a JSON object of paths to numbers, booleans or texts. */
    private Map<String, JsonNode> values() throws IOException {
        String where = input.equals("-") ? "standard input" : input;
        String text;
        if (input.equals("-")) {
            try (InputStream in = System.in) {
                text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            }
        } else {
            Path file = Path.of(input);
            if (!Files.isRegularFile(file)) {
                throw new ScenarioException(input + ": no such file");
            }
            text = Files.readString(file);
        }
        JsonNode root;
        try {
            root = text.isBlank() ? JSON.createObjectNode() : JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new ScenarioException(where + ": line " + e.getLocation().getLineNr() + ": expected a JSON object "
                    + "of field paths to values, e.g. {\"uncertainties.corruptible_share.all\": 0.02}");
        }
        if (root == null || !root.isObject()) {
            throw new ScenarioException(where + ": expected a JSON object of field paths to values, found "
                    + (root == null ? "nothing" : root.getNodeType().toString().toLowerCase(java.util.Locale.ROOT)));
        }
        Map<String, JsonNode> out = new LinkedHashMap<>();
        root.fields().forEachRemaining(e -> {
            if (!e.getValue().isValueNode() || e.getValue().isNull()) {
                throw new ScenarioException(where + ": " + e.getKey() + ": expected a number, a boolean or a text");
            }
            out.put(e.getKey(), e.getValue());
        });
        return out;
    }
}
