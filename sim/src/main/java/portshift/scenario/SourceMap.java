package portshift.scenario;

import java.util.HashMap;
import java.util.Map;

/**
 * Where each field of a (merged) scenario tree was written: field path to file, line and column.
 * Paths look like {@code ports.ANTWERP.scanners} or {@code world.routes[2].to[0]}.
 */
public final class SourceMap {
    /** A place in a file; line and column count from 1. */
    public record Location(String file, int line, int column) {
        @Override
        public String toString() {
            return file + ":" + line + ":" + column;
        }
    }

    private final Map<String, Location> locations = new HashMap<>();
    private final String defaultFile;

    public SourceMap(String defaultFile) {
        this.defaultFile = defaultFile;
    }

    void put(String path, Location location) {
        locations.put(path, location);
    }

    /** Adds another file's locations over this one's, as a child file overrides its parent. */
    void overlay(SourceMap child) {
        locations.putAll(child.locations);
    }

    /** A copy with more locations, which override this map's for the same paths. */
    public SourceMap with(Map<String, Location> more) {
        SourceMap copy = new SourceMap(defaultFile);
        copy.locations.putAll(locations);
        copy.locations.putAll(more);
        return copy;
    }

    /** Where the field, or its nearest written ancestor, is; the file alone when nothing matches. */
    public String where(String path) {
        String p = path == null ? "" : path;
        while (!p.isEmpty()) {
            Location l = locations.get(p);
            if (l != null) {
                return l.toString();
            }
            p = parent(p);
        }
        return defaultFile;
    }

    static String parent(String path) {
        int dot = path.lastIndexOf('.');
        int bracket = path.lastIndexOf('[');
        int cut = Math.max(dot, bracket);
        return cut <= 0 ? "" : path.substring(0, cut);
    }

    static String child(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    static String element(String path, int index) {
        return path + "[" + index + "]";
    }
}
