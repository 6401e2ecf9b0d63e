package portshift.scenario;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Reads a scenario file and the files it {@code extends} (a path relative to the file), and merges
 * them: maps merge deeply, per-port settings are keyed by port id, lists and scalars replace.
 */
public final class ScenarioLoader {
    private ScenarioLoader() {
    }

    /** A merged tree and where each of its fields was written. */
    public record Merged(ObjectNode tree, SourceMap sources) {
    }

    public static Merged read(Path file) {
        return read(file, new ArrayList<>());
    }

    private static Merged read(Path file, List<Path> chain) {
        Path normal = file.toAbsolutePath().normalize();
        if (chain.contains(normal)) {
            throw new ScenarioException(file + ": extends: inheritance cycle: "
                    + String.join(" -> ", chain.stream().map(Path::toString).toList()) + " -> " + normal);
        }
        chain.add(normal);
        TreeReader.Read read = TreeReader.read(file);
        ObjectNode tree = read.tree();
        JsonNode parent = tree.remove("extends");
        if (parent == null) {
            return new Merged(tree, read.sources());
        }
        String where = read.sources().where("extends") + ": extends: ";
        if (!parent.isTextual() || parent.asText().isBlank()) {
            throw new ScenarioException(where + "expected the path of a scenario file relative to this one, found " + parent);
        }
        String given = parent.asText();
        if (given.contains("://") || given.startsWith("~") || Path.of(given).isAbsolute()) {
            throw new ScenarioException(where + "expected a local path relative to this file, found '" + given + "'");
        }
        Path base = normal.getParent().resolve(given);
        Merged inherited;
        try {
            inherited = read(base, chain);
        } catch (ScenarioException e) {
            if (!java.nio.file.Files.isRegularFile(base)) {
                throw new ScenarioException(where + "no such scenario file '" + given + "' (looked for " + base + ")");
            }
            throw e;
        }
        SourceMap sources = new SourceMap(file.toString());
        sources.overlay(inherited.sources());
        sources.overlay(read.sources());
        return new Merged((ObjectNode) merge(inherited.tree(), tree), sources);
    }

    /** Deep merge: maps merge key by key, anything else in the child replaces the parent's. */
    static JsonNode merge(JsonNode parent, JsonNode child) {
        if (!(parent instanceof ObjectNode p) || !(child instanceof ObjectNode c)) {
            return child;
        }
        ObjectNode out = p.deepCopy();
        Iterator<Map.Entry<String, JsonNode>> fields = c.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> f = fields.next();
            JsonNode existing = out.get(f.getKey());
            out.set(f.getKey(), existing == null ? f.getValue() : merge(existing, f.getValue()));
        }
        return out;
    }
}
