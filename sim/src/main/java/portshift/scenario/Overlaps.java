package portshift.scenario;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The fields the entries of one section have set so far. Two entries that set the same field (after list selectors
 * are turned into positions) would make one of them silently lose: the later one is a mistake, on its line.
 */
final class Overlaps {
    private final LoadedScenario loaded;
    private final SourceMap sources;
    private final List<String> problems;
    private final Map<String, String> owners = new HashMap<>();

    Overlaps(LoadedScenario loaded, SourceMap sources, List<String> problems) {
        this.loaded = loaded;
        this.sources = sources;
        this.problems = problems;
    }

    /** The checked entry, or null when it is null or sets a field an earlier entry of the section sets. */
    Dimension add(String section, String key, Dimension d) {
        if (d == null) {
            return null;
        }
        for (String declared : d.paths()) {
            String path = ScenarioPaths.resolve(loaded.parameters(), declared);
            String owner = owners.putIfAbsent(path, key);
            if (owner != null) {
                problems.add(sources.where(section + "." + key) + ": " + section + "." + Shown.text(key) + ": "
                        + Shown.text(path) + (owner.equals(key) ? " is given twice" : " is set by " + section + "."
                        + Shown.text(owner) + " as well") + "; expected each field in one entry only");
                return null;
            }
        }
        return d;
    }
}
