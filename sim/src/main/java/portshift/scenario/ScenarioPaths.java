package portshift.scenario;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Field paths into a scenario's merged tree, as the declarations of uncertain quantities name them. A list element is
 * addressed by its position, {@code links[0]}, as a sweep does, or by the value of one of its fields,
 * {@code links[port=SANTOS]}, which {@link #resolve} turns into the position it has in a given scenario, so that a
 * declaration keeps meaning the same element when the list is reordered.
 */
public final class ScenarioPaths {
    private ScenarioPaths() {
    }

    /**
     * The path with every {@code [field=value]} replaced by the position of the element it selects in the tree; a
     * path without selectors comes back as it is.
     *
     * @throws IllegalArgumentException naming what the tree lacks, when a selector selects nothing
     */
    public static String resolve(JsonNode tree, String path) {
        if (path.indexOf('[') < 0) {
            return path;
        }
        StringBuilder out = new StringBuilder();
        JsonNode node = tree;
        for (String part : path.split("\\.", -1)) {
            int bracket = part.indexOf('[');
            String key = bracket < 0 ? part : part.substring(0, bracket);
            node = node == null ? null : node.get(key);
            out.append(out.length() > 0 ? "." : "").append(key);
            while (bracket >= 0) {
                int close = part.indexOf(']', bracket);
                if (close < 0) {
                    throw new IllegalArgumentException("expected ] after [ in " + part);
                }
                int index = index(node, key, part.substring(bracket + 1, close));
                node = node.get(index);
                out.append('[').append(index).append(']');
                bracket = part.indexOf('[', close);
            }
        }
        return out.toString();
    }

    /** The number at a path (positions only, as {@link #resolve} gives them), or NaN. */
    public static double number(JsonNode tree, String path) {
        JsonNode node = Sweep.nodeAt(tree, path);
        return node != null && node.isNumber() ? node.asDouble() : Double.NaN;
    }

    /**
     * Whether the scenario writes the value at the path as a whole number; what the field is declared as is
     * {@link FieldTypes#whole}, which falls back on this for a path the records do not describe.
     */
    public static boolean whole(JsonNode tree, String path) {
        JsonNode node = Sweep.nodeAt(tree, path);
        return node != null && node.isIntegralNumber();
    }

    private static int index(JsonNode list, String key, String selector) {
        if (list == null || !list.isArray()) {
            throw new IllegalArgumentException("no list at " + key);
        }
        int eq = selector.indexOf('=');
        if (eq < 0) {
            if (!selector.matches("\\d{1,9}")) {
                throw new IllegalArgumentException("expected a position such as [0] or a selector such as [port=SANTOS], "
                        + "found [" + selector + "]");
            }
            int i = Integer.parseInt(selector);
            if (i >= list.size()) {
                throw new IllegalArgumentException(key + " has no element " + i);
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
        throw new IllegalArgumentException(key + " has no element with " + field + " " + value);
    }
}
