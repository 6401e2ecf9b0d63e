package portshift.scenario;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Expands a scenario's {@code sweep:} (parameter paths to lists of values) into named variants, one
 * per point of the grid, each checked like a scenario of its own. Without a sweep, the scenario is
 * its only variant.
 */
public final class Sweep {
    private Sweep() {
    }

    /**
     * One point of a sweep: a name such as {@code alliance[alliance.harmonization=0.5]}, its scenario,
     * and the value of each swept path (empty without a sweep).
     */
    public record Variant(String name, LoadedScenario scenario, Map<String, String> values) {
        public Variant {
            values = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(values));
        }

        public Variant(String name, LoadedScenario scenario) {
            this(name, scenario, Map.of());
        }
    }

    /**
     * The scenario, for a command that runs one scenario as it is: a scenario with a sweep is refused on the sweep's
     * line, so that no command quietly ignores the grid a file asks for (batch runs its variants, validate checks
     * them).
     *
     * @param command the command, as the message names it
     */
    public static LoadedScenario refused(LoadedScenario loaded, String command) {
        Map<String, List<JsonNode>> grid = loaded.scenario().sweep();
        if (grid == null || grid.isEmpty()) {
            return loaded;
        }
        String where = ScenarioLoader.read(loaded.file()).sources().where("sweep");
        throw new ScenarioException(where + ": sweep: " + command + " takes a scenario without a sweep, and this one "
                + "sweeps " + grid.size() + (grid.size() == 1 ? " path" : " paths") + "; run its variants with batch");
    }

    /** Every variant of the scenario's sweep (the scenario itself if it has none). */
    public static List<Variant> expand(LoadedScenario loaded) {
        List<Variant> out = new ArrayList<>();
        forEach(loaded, out::add);
        return out;
    }

    /** Checks every variant of the scenario's sweep without keeping them: their number. */
    public static int check(LoadedScenario loaded) {
        int[] count = {0};
        forEach(loaded, v -> count[0]++);
        return count[0];
    }

    private static void forEach(LoadedScenario loaded, java.util.function.Consumer<Variant> each) {
        Map<String, List<JsonNode>> grid = loaded.scenario().sweep();
        String base = loaded.config().scenario();
        if (grid == null || grid.isEmpty()) {
            each.accept(new Variant(base, loaded));
            return;
        }
        SourceMap sources = ScenarioLoader.read(loaded.file()).sources();
        SweepLimits.check(grid, loaded.parameters(), sources);
        Set<String> problems = new LinkedHashSet<>();
        List<String> keys = new ArrayList<>(grid.keySet());
        int[] index = new int[keys.size()];
        while (true) {
            ObjectNode tree = ((ObjectNode) loaded.parameters()).deepCopy();
            tree.remove("sweep");
            StringBuilder name = new StringBuilder(base).append('[');
            Map<String, String> point = new java.util.LinkedHashMap<>();
            for (int k = 0; k < keys.size(); k++) {
                JsonNode value = grid.get(keys.get(k)).get(index[k]);
                set(tree, keys.get(k), value, sources);
                String text = value.isTextual() ? value.asText() : value.toString();
                point.put(keys.get(k), text);
                name.append(k > 0 ? "," : "").append(keys.get(k)).append('=').append(text);
                sources.put(keys.get(k), locationOf(sources, "sweep." + keys.get(k)));
            }
            name.append(']');
            try {
                LoadedScenario variant = LoadedScenario.resolve(loaded.file(), new ScenarioLoader.Merged(tree, sources));
                each.accept(new Variant(name.toString(), new LoadedScenario(loaded.file(), loaded.sha256(), tree,
                        variant.scenario(), variant.config().named(name.toString())), point));
            } catch (ScenarioException e) {
                problems.addAll(e.problems());
            }
            int k = keys.size() - 1;
            while (k >= 0 && ++index[k] == grid.get(keys.get(k)).size()) {
                index[k--] = 0;
            }
            if (k < 0) {
                if (!problems.isEmpty()) {
                    throw new ScenarioException(List.copyOf(problems));
                }
                return;
            }
        }
    }

    private static SourceMap.Location locationOf(SourceMap sources, String path) {
        String where = sources.where(path);
        String[] parts = where.split(":");
        if (parts.length >= 3) {
            try {
                return new SourceMap.Location(String.join(":", java.util.Arrays.copyOf(parts, parts.length - 2)),
                        Integer.parseInt(parts[parts.length - 2]), Integer.parseInt(parts[parts.length - 1]));
            } catch (NumberFormatException e) {
                // fall through: no line known
            }
        }
        return new SourceMap.Location(where, 0, 0);
    }

    /** The node at a path written as in a sweep (field names, list positions in brackets), or null. */
    public static JsonNode nodeAt(JsonNode tree, String path) {
        JsonNode node = tree;
        for (String part : path.split("\\.")) {
            int bracket = part.indexOf('[');
            String key = bracket < 0 ? part : part.substring(0, bracket);
            node = node == null || key.isEmpty() ? null : node.get(key);
            while (node != null && bracket >= 0) {
                int close = part.indexOf(']', bracket);
                if (close < 0 || !(node instanceof ArrayNode array)) {
                    return null;
                }
                try {
                    int i = Integer.parseInt(part.substring(bracket + 1, close));
                    node = i >= 0 && i < array.size() ? array.get(i) : null;
                } catch (NumberFormatException e) {
                    return null;
                }
                bracket = part.indexOf('[', close);
            }
        }
        return node;
    }

    /** Sets a value at a path such as {@code ports.ANTWERP.scanners} or {@code interventions[0].at}. */
    static void set(ObjectNode tree, String path, JsonNode value, SourceMap sources) {
        set(tree, path, value, sources, "sweep.");
    }

    /**
     * As {@link #set(ObjectNode, String, JsonNode, SourceMap)}; a mistake in the path is located where
     * {@code section + path} was written and named so ("sweep." for a sweep's key, "" for a path given elsewhere).
     */
    static void set(ObjectNode tree, String path, JsonNode value, SourceMap sources, String section) {
        // -1 keeps empty parts, so that "a." and "a..b" are refused rather than read as "a" and "a.b"
        String[] parts = path.split("\\.", -1);
        JsonNode node = tree;
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i];
            int bracket = part.indexOf('[');
            String key = bracket < 0 ? part : part.substring(0, bracket);
            boolean last = i == parts.length - 1 && bracket < 0;
            if (!(node instanceof ObjectNode object) || key.isEmpty()) {
                throw new ScenarioException(sources.where(section + path) + ": " + section + Shown.text(path)
                        + ": expected a path of field names such as alliance.harmonization"
                        + (key.isEmpty() || i == 0 ? "" : ", found " + Shown.text(parts[i - 1]) + " holding a value, "
                        + "not fields"));
            }
            if (last) {
                object.set(key, value);
                return;
            }
            JsonNode next = object.get(key);
            if (next == null || next.isNull()) {
                next = object.putObject(key);
            }
            if (bracket >= 0) {
                int idx = parseIndex(part.substring(bracket), sources, path, section);
                if (!(next instanceof ArrayNode array) || idx >= array.size()) {
                    throw new ScenarioException(sources.where(section + path) + ": " + section + Shown.text(path) + ": "
                            + Shown.text(key) + " has no element " + Shown.text(part.substring(bracket + 1, part.length() - 1)));
                }
                if (i == parts.length - 1) {
                    array.set(idx, value);
                    return;
                }
                next = array.get(idx);
            }
            node = next;
        }
    }

    /** The index in {@code [12]}; one too large for any list is {@link Integer#MAX_VALUE}, which no list reaches. */
    private static int parseIndex(String brackets, SourceMap sources, String path, String section) {
        if (!brackets.matches("\\[\\d+]")) {
            throw new ScenarioException(sources.where(section + path) + ": " + section + Shown.text(path)
                    + ": expected one list index such as [0]");
        }
        String digits = brackets.substring(1, brackets.length() - 1).replaceFirst("^0+(?=\\d)", "");
        return digits.length() > 9 ? Integer.MAX_VALUE : Integer.parseInt(digits);
    }
}
