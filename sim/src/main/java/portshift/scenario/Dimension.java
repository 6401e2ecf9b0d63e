package portshift.scenario;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

/**
 * One uncertain quantity, checked ({@link SearchSpace}): a value between low and high that is set at every path, or,
 * as a factor, multiplies the scenario's values there. An exploration samples it; a calibration searches it.
 *
 * @param name   the entry's key: its path, or a name given paths
 * @param paths  field paths as declared; a list element may be chosen by a field's value ({@link ScenarioPaths})
 * @param factor whether the value multiplies the scenario's values at the paths (true) or replaces them
 * @param whole  whether the value itself is a whole number: it replaces fields declared whole numbers, counts (a
 *               factor never is)
 * @param log    whether values spread evenly in their logarithm rather than evenly
 * @param source where the range comes from, or "assumption"
 */
public record Dimension(String name, List<String> paths, boolean factor, double low, double high, boolean whole,
                        boolean log, String source) {
    public Dimension {
        paths = List.copyOf(paths);
    }

    /**
     * The value drawn by a share u in [0, 1): evenly, or evenly in its logarithm ({@code log}: as likely between 0.1
     * and 1 as between 1 and 10); a whole-number quantity takes whole values, each equally likely on an even scale.
     */
    public double at(double u) {
        if (whole) {
            double top = high + 1;
            return Math.min(high, Math.floor(log ? low * Math.pow(top / low, u) : low + u * (top - low)));
        }
        return log ? Math.min(high, low * Math.pow(high / low, u)) : low + u * (high - low);
    }

    /** The value at share z of the range, z held in [0, 1], as a search moves through it: never rounded. */
    public double within(double z) {
        double u = Math.max(0, Math.min(1, z));
        return log ? Math.min(high, low * Math.pow(high / low, u)) : low + u * (high - low);
    }

    /** Where a value lies in the range, as a share (the inverse of {@link #within}). */
    public double shareOf(double v) {
        return log ? Math.log(v / low) / Math.log(high / low) : (v - low) / (high - low);
    }

    /** "linear" or "log". */
    public String scale() {
        return log ? "log" : "linear";
    }

    /** The same quantity with its paths' list selectors turned into the positions they select in the tree. */
    public Dimension in(JsonNode tree) {
        return new Dimension(name, paths.stream().map(p -> ScenarioPaths.resolve(tree, p)).toList(), factor, low, high,
                whole, log, source);
    }

    /** The same quantity under another name (a calibration parameter that shares an explore uncertainty's range). */
    public Dimension named(String other) {
        return new Dimension(other, paths, factor, low, high, whole, log, source);
    }

    /**
     * What setting the quantity to x writes into the tree, by position path: x at each path or, for a factor, x times
     * the tree's value there; a count stays a whole number.
     */
    public Map<String, JsonNode> values(JsonNode tree, double x) {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        for (String declared : paths) {
            String path = ScenarioPaths.resolve(tree, declared);
            double v = factor ? ScenarioPaths.number(tree, path) * x : x;
            out.put(path, FieldTypes.whole(path, tree) ? whole(Math.round(v)) : JsonNodeFactory.instance.numberNode(v));
        }
        return out;
    }

    /** A count as the scenario reader takes one: an int where it fits (a long is refused as too large, rightly). */
    private static JsonNode whole(long v) {
        return v == (int) v ? JsonNodeFactory.instance.numberNode((int) v) : JsonNodeFactory.instance.numberNode(v);
    }

    /** The value x as a point's tables show it: a whole number without a decimal point. */
    public String shown(double x) {
        return whole ? JsonNodeFactory.instance.numberNode((long) x).asText() : JsonNodeFactory.instance.numberNode(x).asText();
    }
}
