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

    /** The program's version, from the jar's manifest (or "dev" when run from classes). */
    public static String version() {
        String v = Manifest.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }

    /** A manifest for runs of the given scenarios with the given seeds. */
    public static String of(String command, List<LoadedScenario> scenarios, List<Long> seeds) {
        ObjectNode root = JSON.createObjectNode();
        root.put("program", "portshift");
        root.put("version", version());
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
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
