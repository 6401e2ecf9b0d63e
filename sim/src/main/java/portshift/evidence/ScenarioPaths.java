package portshift.evidence;

import com.fasterxml.jackson.databind.JsonNode;

import portshift.scenario.Sweep;

/**
 * Field paths into a scenario's merged tree, as calibration parameters name them. A list element is addressed by its
 * position, {@code links[0]}, as the scenario language's sweeps do, or by the value of one of its fields,
 * {@code links[port=SANTOS]}, which {@link #resolve} turns into the position it has in a given scenario, so that a
 * parameter keeps meaning the same element when the list is reordered.
 */
final class ScenarioPaths {
    private ScenarioPaths() {
    }

    /** The path with every {@code [field=value]} replaced by the position of the element it selects in the tree. */
    static String resolve(JsonNode tree, String path) {
        StringBuilder out = new StringBuilder();
        JsonNode node = tree;
        for (String part : path.split("\\.")) {
            int bracket = part.indexOf('[');
            String key = bracket < 0 ? part : part.substring(0, bracket);
            node = node == null ? null : node.get(key);
            String shown = part;
            if (bracket >= 0) {
                String selector = part.substring(bracket + 1, part.length() - 1);
                int index = index(node, selector, path);
                node = node.get(index);
                shown = key + "[" + index + "]";
            }
            out.append(out.length() > 0 ? "." : "").append(shown);
        }
        return out.toString();
    }

    /** The number at a path (positions only, as {@link #resolve} gives them), or NaN. */
    static double number(JsonNode tree, String path) {
        JsonNode node = Sweep.nodeAt(tree, path);
        return node != null && node.isNumber() ? node.asDouble() : Double.NaN;
    }

    /** Whether the scenario writes the value at the path as a whole number (a count, such as officers). */
    static boolean whole(JsonNode tree, String path) {
        JsonNode node = Sweep.nodeAt(tree, path);
        return node != null && node.isIntegralNumber();
    }

    private static int index(JsonNode list, String selector, String path) {
        if (list == null || !list.isArray()) {
            throw new IllegalArgumentException(path + ": no list at " + selector);
        }
        int eq = selector.indexOf('=');
        if (eq < 0) {
            int i = Integer.parseInt(selector);
            if (i >= list.size()) {
                throw new IllegalArgumentException(path + ": the list has no element " + i);
            }
            return i;
        }
        String field = selector.substring(0, eq);
        String value = selector.substring(eq + 1);
        for (int i = 0; i < list.size(); i++) {
            if (value.equals(list.get(i).path(field).asText())) {
                return i;
            }
        }
        throw new IllegalArgumentException(path + ": the scenario has no element with " + field + " " + value);
    }
}
