package portshift.optimize;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;

import portshift.analysis.Outcome;
import portshift.experiment.AtomicFiles;
import portshift.experiment.Csv;
import portshift.experiment.ResultPaths;
import portshift.model.Intervention;
import portshift.model.PortControls;
import portshift.scenario.LoadedScenario;
import portshift.scenario.ScenarioLoader;
import portshift.scenario.ScenarioTree;

/** The files an optimization writes: every allocation evaluated, the confirmation, and best.yaml. */
public final class OptimizeFiles {
    /** The levers placed, under the names scenario files give them: allocations.csv's columns follow them. */
    private static final String SCANNERS = ScenarioTree.field(PortControls.NONE.withScanners(0));
    private static final String OFFICERS = ScenarioTree.field(PortControls.NONE.withOfficers(0));
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER).enable(YAMLGenerator.Feature.MINIMIZE_QUOTES));

    private OptimizeFiles() {
    }

    /** allocations.csv: one row per allocation evaluated in the search, with its counts per port. */
    public static String allocations(List<Evaluation> all, Objective objective, GreedySearch search,
                                     Set<Allocation> front, Set<Allocation> baselines) {
        List<String> ports = all.get(0).allocation().ports();
        List<String> header = new ArrayList<>(List.of("allocation", "label", "kind"));
        ports.forEach(p -> header.add(p + "_" + SCANNERS));
        ports.forEach(p -> header.add(p + "_" + OFFICERS));
        header.addAll(List.of(objective.outcome().column(), "score", Outcome.LEGIT_DELAY.column(), "feasible", "pareto"));
        StringBuilder out = new StringBuilder(String.join(",", header)).append('\n');
        for (Evaluation e : all) {
            Allocation a = e.allocation();
            String kind = search.searched(a) ? baselines.contains(a) ? "search and baseline" : "search" : "baseline";
            List<String> cells = new ArrayList<>(List.of(a.key(), Csv.cell(a.label()), kind));
            for (int s : a.scanners()) {
                cells.add(Integer.toString(s));
            }
            for (int o : a.officers()) {
                cells.add(Integer.toString(o));
            }
            cells.add(Csv.number(e.meanOutcome()));
            cells.add(Csv.number(objective.score(e.objective())));
            cells.add(Csv.number(e.meanDelay()));
            cells.add(Boolean.toString(search.feasible(e)));
            cells.add(Boolean.toString(front.contains(a)));
            out.append(String.join(",", cells)).append('\n');
        }
        return out.toString();
    }

    /**
     * results.csv: the optimum, the baselines and the input scenario on fresh seeds: each one's mean and 95% CI, the
     * optimum's gain over each baseline and over the input, and each one's gain over the input, each gain with its 95%
     * CI and whether the CI clears 0 (empty where there is no such gain).
     */
    public static String results(List<Confirmation.Row> rows, Objective objective) {
        Csv csv = new Csv().header(List.of("allocation", "label", "outcome", "mean", "low", "high", "gain", "gain_low",
                "gain_high", "significant", "gain_over_input", "gain_over_input_low", "gain_over_input_high",
                "gain_over_input_clears_zero", Outcome.LEGIT_DELAY.column()));
        for (Confirmation.Row r : rows) {
            List<Object> cells = new ArrayList<>(List.of(r.name(), r.allocation().label(), objective.outcome().column(),
                    r.mean(), r.low(), r.high()));
            for (Confirmation.Gain g : List.of(r.optimumGain(), r.overInput())) {
                cells.addAll(List.of(g.mean(), g.low(), g.high(), g.exists() ? Boolean.toString(g.clearsZero()) : ""));
            }
            cells.add(r.delay());
            csv.row(cells.toArray());
        }
        return csv.toString();
    }

    /**
     * best.yaml beside a copy of the input scenario and the files it extends (so that its own
     * {@code extends} stays inside its folder): the input's interventions and the best allocation as
     * one more, dated, intervention. The levers are written from their records, under the names the
     * records declare, and the input's own interventions are kept as its files wrote them but for the
     * counts the allocation raises.
     */
    public static void best(Path dir, LoadedScenario input, AllocationScenario scenario, Allocation best,
                            String about) throws IOException {
        String parent = copyChain(dir, input.file());
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("extends", parent);
        root.put("name", input.config().scenario() + "-optimized");
        root.put("description", about);
        ArrayNode interventions = root.putArray("interventions");
        JsonNode before = input.parameters().get("interventions");
        if (before != null) {
            for (JsonNode i : before) {
                interventions.add(raisedAfter((ObjectNode) i.deepCopy(), input, scenario.day(), best));
            }
        }
        Intervention added = Intervention.at(input.config().start().plusDays(scenario.day()).toString(),
                "optimized allocation: " + best.label()).withPorts(scenario.changes(best));
        interventions.add(ScenarioTree.of(added));
        String header = "# Written by portshift optimize: " + about.replace('\n', ' ') + "\n"
                + "# It extends a copy of the input scenario, kept in this folder with the files it extends.\n";
        AtomicFiles.write(dir.resolve("best.yaml"), header + YAML.writeValueAsString(root));
    }

    /** An intervention of the input: if it comes after the allocation, its counts at the allocated ports raised. */
    private static JsonNode raisedAfter(ObjectNode written, LoadedScenario input, long day, Allocation best) {
        Intervention i = ScenarioTree.read(written, Intervention.class);
        if (i.day(input.config().start()) > day) {
            ScenarioTree.overlay(written, i, AllocationScenario.raised(i, best));
        }
        return written;
    }

    /**
     * Copies a scenario and the files it extends (the chain the scenario loader walked and checked) into the folder,
     * each at its place relative to the scenario's own folder (the chain may not leave it); the scenario's file name.
     */
    private static String copyChain(Path dir, Path file) throws IOException {
        List<Path> chain = ScenarioLoader.read(file).files();
        Path folder = chain.get(0).getParent();
        for (Path f : chain) {
            Path target = dir.resolve(folder.relativize(f).toString());
            Path inside = dir;
            for (Path part : dir.relativize(target.getParent())) {
                inside = ResultPaths.folder(inside.resolve(part.toString()));
            }
            AtomicFiles.write(target, Files.readAllBytes(f));
        }
        return chain.get(0).getFileName().toString();
    }
}
