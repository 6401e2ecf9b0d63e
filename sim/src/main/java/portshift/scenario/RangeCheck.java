package portshift.scenario;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Checks one declared uncertain quantity ({@link UncertainRange}) against its scenario: each path names a number the
 * scenario has, the range is a low and a high value, low below high, whole for a count, above 0 on a log scale, and
 * both ends are values the fields allow (the scenario is resolved with each end set, as a sweep's variant would be).
 * A mistake is reported on the line of the part of the entry that is wrong, after the entry's key.
 */
final class RangeCheck {
    private final LoadedScenario loaded;
    private final SourceMap sources;
    private final List<String> problems;

    RangeCheck(LoadedScenario loaded, SourceMap sources, List<String> problems) {
        this.loaded = loaded;
        this.sources = sources;
        this.problems = problems;
    }

    /** The entry at {@code section.key}, checked; null after recording what is wrong with it. */
    Dimension check(String section, String key, UncertainRange entry) {
        Entry e = new Entry(section, key);
        boolean keyIsPath = entry.paths() == null;
        List<String> declared = keyIsPath ? List.of(key) : entry.paths();
        // both parts reported when both are missing, and the paths checked too
        boolean missing = missing(e, "range", entry.range()) | missing(e, "source", entry.source());
        if (declared.isEmpty()) {
            e.problem("paths", "expected at least one field path, found none");
            return null;
        }
        boolean factor = Boolean.TRUE.equals(entry.factor());
        boolean allWhole = true;
        for (int i = 0; i < declared.size(); i++) {
            JsonNode current = number(e, keyIsPath ? null : "paths[" + i + "]", declared.get(i));
            if (current == null) {
                return null;
            }
            allWhole &= FieldTypes.whole(ScenarioPaths.resolve(loaded.parameters(), declared.get(i)), loaded.parameters());
        }
        if (missing) {
            return null;
        }
        List<Double> ends = entry.range();
        if (ends.size() != 2 || ends.contains(null)) {
            e.problem("range", "expected [low, high], found " + ends.size() + " values");
            return null;
        }
        double low = ends.get(0);
        double high = ends.get(1);
        String shown = "[" + RecordTypes.fmt(low) + ", " + RecordTypes.fmt(high) + "]";
        if (!(low < high)) {
            e.problem("range", "expected low < high, found " + shown);
            return null;
        }
        // a count is sampled in whole values; a number is not, however the file writes it (harmonization: 0)
        boolean whole = !factor && allWhole;
        if (whole && (low != Math.rint(low) || high != Math.rint(high))) {
            String counts = declared.size() > 1 ? " are whole numbers" : " is a whole number";
            e.problem("range", Shown.text(String.join(", ", declared)) + counts + "; expected whole ends, found " + shown);
            return null;
        }
        String scale = entry.scale() == null ? "linear" : entry.scale();
        if (!scale.equals("linear") && !scale.equals("log")) {
            e.problem("scale", "expected linear or log, found " + Shown.text(scale));
            return null;
        }
        boolean log = scale.equals("log");
        if (log && !(low > 0)) {
            e.problem("range", "a log scale needs both ends above 0, found " + shown);
            return null;
        }
        Dimension d = new Dimension(key, declared, factor, low, high, whole, log, entry.source());
        for (double end : new double[] {low, high}) {
            List<String> wrong = problemsWith(d, end);
            if (!wrong.isEmpty()) {
                wrong.forEach(w -> e.problem("range", "at " + RecordTypes.fmt(end) + ": " + afterLocation(w)));
                return null;
            }
        }
        return d;
    }

    /** Records a required part of the entry that is missing. */
    private static boolean missing(Entry e, String part, Object value) {
        if (value == null) {
            e.problem(part, "missing; this field is required");
        }
        return value == null;
    }

    /** The number at a declared path of the scenario, or null after recording what the path names instead. */
    private JsonNode number(Entry e, String part, String path) {
        if (path == null) {
            e.problem(part, "expected a field path, found nothing");
            return null;
        }
        String found;
        try {
            JsonNode node = Sweep.nodeAt(loaded.parameters(), ScenarioPaths.resolve(loaded.parameters(), path));
            if (node != null && node.isNumber()) {
                return node;
            }
            found = node == null ? "no such field" : "no number there";
        } catch (IllegalArgumentException ex) {
            found = "no such field (" + Shown.text(ex.getMessage()) + ")";
        }
        e.problem(part, (part == null ? "" : Shown.text(path) + ": ") + "expected the path of a number in the scenario, "
                + "written as in a sweep (e.g. uncertainties.corruptible_share.all), found " + found);
        return null;
    }

    /** What resolving the scenario with the quantity at one value finds wrong (reading the sources, not changing them). */
    private List<String> problemsWith(Dimension d, double value) {
        ObjectNode tree = ((ObjectNode) loaded.parameters()).deepCopy();
        // the searches and the sweep play no part in whether the world allows the value
        tree.remove(List.of("explore", "calibrate", "sweep"));
        try {
            d.values(loaded.parameters(), value).forEach((path, node) -> Sweep.set(tree, path, node, sources));
            LoadedScenario.resolve(loaded.file(), new ScenarioLoader.Merged(tree, sources));
            return List.of();
        } catch (ScenarioException ex) {
            return ex.problems();
        }
    }

    /** A problem without the file position it starts with (the entry's is given instead). */
    private static String afterLocation(String problem) {
        int colon = problem.indexOf(": ");
        return colon >= 0 && problem.substring(0, colon).matches(".*:\\d+:\\d+") ? problem.substring(colon + 2) : problem;
    }

    /** Where an entry's mistakes go: the line of the part named, or of the entry's key. */
    private final class Entry {
        private final String field;
        private final String shown;

        Entry(String section, String key) {
            this.field = section + "." + key;
            this.shown = section + "." + Shown.text(key);
        }

        void problem(String part, String message) {
            String where = sources.where(part == null ? field : field + "." + part);
            problems.add(where + ": " + shown + ": " + (part == null ? "" : part + ": ") + message);
        }
    }
}
