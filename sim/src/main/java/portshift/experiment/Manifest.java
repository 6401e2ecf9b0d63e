package portshift.experiment;

import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import portshift.scenario.LoadedScenario;

/** {@code manifest.json}: what produced a results folder, enough to produce it again. */
public final class Manifest {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    private Manifest() {
    }

    /** The program's version, as the build wrote it ("dev" where no build did). */
    public static String version() {
        return BUILD.getProperty("version", "dev");
    }

    /** The commit the program was built from (git describe; "unknown" outside a git checkout). */
    public static String commit() {
        return BUILD.getProperty("commit", "unknown");
    }

    private static final java.util.Properties BUILD = build();

    private static java.util.Properties build() {
        java.util.Properties p = new java.util.Properties();
        try (java.io.InputStream in = Manifest.class.getResourceAsStream("/portshift/version.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (java.io.IOException e) {
            // a build without the file reads as "dev"
        }
        if (p.getProperty("version", "").contains("${")) {
            p.clear();
        }
        return p;
    }

    /**
     * A manifest for an experiment: the plan's variants and seeds, plus the thread count and timings
     * (which, unlike the result tables, depend on the machine).
     */
    public static String experiment(String command, List<portshift.scenario.Sweep.Variant> variants, List<Long> seeds,
                                    int threads, double seconds, int runsNow, int runsResumed) {
        ObjectNode root = JSON.createObjectNode();
        root.put("program", "portshift");
        root.put("version", version());
        root.put("commit", commit());
        root.put("command", command);
        ArrayNode list = root.putArray("scenarios");
        for (portshift.scenario.Sweep.Variant v : variants) {
            ObjectNode node = list.addObject();
            node.put("name", v.name());
            node.put("file", v.scenario().file().toString());
            node.put("sha256", v.scenario().sha256());
            node.set("parameters", v.scenario().parameters());
        }
        ArrayNode seedList = root.putArray("seeds");
        seeds.forEach(seedList::add);
        root.put("threads", threads);
        ObjectNode timing = root.putObject("timings");
        timing.put("wall_seconds", Math.round(seconds * 1000) / 1000.0);
        timing.put("runs_this_time", runsNow);
        timing.put("runs_resumed", runsResumed);
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A manifest for one run, with the interventions applied during it, on the day they were applied. */
    public static String of(String command, List<LoadedScenario> scenarios, List<Long> seeds,
                            List<portshift.model.AppliedIntervention> applied) {
        ObjectNode root = base(command, scenarios, seeds);
        ArrayNode interventions = root.putArray("interventions_applied");
        for (portshift.model.AppliedIntervention a : applied) {
            ObjectNode node = interventions.addObject();
            node.put("day", a.day());
            node.put("label", a.intervention().name());
            node.put("insiders_arrested", a.insidersArrested());
        }
        return text(root);
    }

    /** A manifest for a search (optimize, calibrate): the scenario searched and the seed the search starts from. */
    public static String search(String command, LoadedScenario scenario, long seed) {
        return text(base(command, List.of(scenario), List.of(seed)));
    }

    private static ObjectNode base(String command, List<LoadedScenario> scenarios, List<Long> seeds) {
        ObjectNode root = JSON.createObjectNode();
        root.put("program", "portshift");
        root.put("version", version());
        root.put("commit", commit());
        root.put("command", command);
        ArrayNode list = root.putArray("scenarios");
        for (LoadedScenario s : scenarios) {
            ObjectNode node = list.addObject();
            node.put("name", s.config().scenario());
            node.put("file", s.file().toString());
            node.put("sha256", s.sha256());
            node.set("parameters", s.parameters());
        }
        ArrayNode seedList = root.putArray("seeds");
        seeds.forEach(seedList::add);
        return root;
    }

    private static String text(ObjectNode root) {
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
