package portshift.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The uncertainties a scenario's {@code explore} section declares, checked: each path names a number of the scenario,
 * and its range is a low and a high value, low below high, both allowed for that field. A mistake is reported at the
 * explore entry's line.
 */
public final class ExploreSpace {
    private static final String SECTION = "explore.uncertainties.";

    /**
     * One uncertainty: a value is drawn from [low, high] by a share u in [0, 1), evenly, or evenly in its logarithm
     * ({@code log}: as likely between 0.1 and 1 as between 1 and 10); a whole-number field (a count) takes whole
     * values, each equally likely on an even scale.
     */
    public record Dimension(String path, double low, double high, boolean whole, boolean log, String source) {
        public double at(double u) {
            if (whole) {
                double top = high + 1;
                return Math.min(high, Math.floor(log ? low * Math.pow(top / low, u) : low + u * (top - low)));
            }
            return log ? Math.min(high, low * Math.pow(high / low, u)) : low + u * (high - low);
        }

        /** "linear" or "log". */
        public String scale() {
            return log ? "log" : "linear";
        }
    }

    private ExploreSpace() {
    }

    /** The scenario's uncertainties in the order the file gives them; none if it has no explore section. */
    public static List<Dimension> of(LoadedScenario loaded) {
        ExploreSection explore = loaded.scenario().explore();
        if (explore == null || explore.uncertainties() == null) {
            return List.of();
        }
        SourceMap sources = ScenarioLoader.read(loaded.file()).sources();
        List<String> problems = new ArrayList<>();
        List<Dimension> out = new ArrayList<>();
        for (Map.Entry<String, ExploreSection.Range> e : explore.uncertainties().entrySet()) {
            Dimension d = checked(loaded, sources, e.getKey(), e.getValue(), problems);
            if (d != null) {
                out.add(d);
            }
        }
        if (!problems.isEmpty()) {
            throw new ScenarioException(problems);
        }
        return List.copyOf(out);
    }

    private static Dimension checked(LoadedScenario loaded, SourceMap sources, String path, ExploreSection.Range range,
                                     List<String> problems) {
        String at = sources.where(SECTION + path) + ": " + SECTION + Shown.text(path) + ": ";
        JsonNode current = Sweep.nodeAt(loaded.parameters(), path);
        if (current == null || !current.isNumber()) {
            problems.add(at + "expected the path of a number in the scenario, written as in a sweep "
                    + "(e.g. uncertainties.corruptible_share.all), found " + (current == null ? "no such field" : "no number there"));
            return null;
        }
        List<Double> ends = range.range();
        if (ends == null || ends.size() != 2 || ends.contains(null)) {
            problems.add(at + "range: expected [low, high], found " + (ends == null ? "nothing" : ends.size() + " values"));
            return null;
        }
        double low = ends.get(0);
        double high = ends.get(1);
        if (!(low < high)) {
            problems.add(at + "range: expected low < high, found [" + RecordTypes.fmt(low) + ", " + RecordTypes.fmt(high) + "]");
            return null;
        }
        boolean whole = current.isIntegralNumber();
        if (whole && (low != Math.rint(low) || high != Math.rint(high))) {
            problems.add(at + "range: " + Shown.text(path) + " is a whole number; expected whole ends, found ["
                    + RecordTypes.fmt(low) + ", " + RecordTypes.fmt(high) + "]");
            return null;
        }
        String scale = range.scale() == null ? "linear" : range.scale();
        if (!scale.equals("linear") && !scale.equals("log")) {
            problems.add(at + "scale: expected linear or log, found " + Shown.text(scale));
            return null;
        }
        boolean log = scale.equals("log");
        if (log && !(low > 0)) {
            problems.add(at + "range: a log scale needs both ends above 0, found [" + RecordTypes.fmt(low) + ", "
                    + RecordTypes.fmt(high) + "]");
            return null;
        }
        for (double end : new double[] {low, high}) {
            List<String> wrong = problemsWith(loaded, sources, path, end, whole);
            if (!wrong.isEmpty()) {
                wrong.forEach(w -> problems.add(at + "range: at " + RecordTypes.fmt(end) + ": " + afterLocation(w)));
                return null;
            }
        }
        return new Dimension(path, low, high, whole, log, range.source());
    }

    /** What resolving the scenario with one value at the path finds wrong (reading the sources, not changing them). */
    private static List<String> problemsWith(LoadedScenario loaded, SourceMap sources, String path, double value,
                                             boolean whole) {
        ObjectNode tree = ((ObjectNode) loaded.parameters()).deepCopy();
        tree.remove("explore");
        JsonNode node = whole ? JsonNodeFactory.instance.numberNode((long) value) : JsonNodeFactory.instance.numberNode(value);
        try {
            Sweep.set(tree, path, node, sources);
            LoadedScenario.resolve(loaded.file(), new ScenarioLoader.Merged(tree, sources));
            return List.of();
        } catch (ScenarioException e) {
            return e.problems();
        }
    }

    /** A problem without the file position it starts with (the explore entry's is given instead). */
    private static String afterLocation(String problem) {
        int colon = problem.indexOf(": ");
        return colon >= 0 && problem.substring(0, colon).matches(".*:\\d+:\\d+") ? problem.substring(colon + 2) : problem;
    }
}
