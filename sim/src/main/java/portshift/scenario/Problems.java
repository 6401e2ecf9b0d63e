package portshift.scenario;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The mistakes found in a scenario, each one line: where, the field, what was expected. */
final class Problems {
    private final SourceMap sources;
    private final List<String> messages = new ArrayList<>();
    private final Set<String> paths = new HashSet<>();

    Problems(SourceMap sources) {
        this.sources = sources;
    }

    void add(String path, String message) {
        String line = sources.where(path) + ": " + (path == null || path.isEmpty() ? "" : path + ": ") + message;
        if (!messages.contains(line)) {
            messages.add(line);
        }
        if (path != null) {
            paths.add(path);
        }
    }

    /** Whether a mistake was already reported at this path, inside it, or at one of its ancestors. */
    boolean reportedAt(String path) {
        for (String p : paths) {
            if (p.equals(path) || within(p, path) || within(path, p)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a mistake was already reported at exactly this path. */
    boolean reportedHere(String path) {
        return paths.contains(path);
    }

    private static boolean within(String inner, String outer) {
        return !outer.isEmpty() && (inner.startsWith(outer + ".") || inner.startsWith(outer + "["));
    }

    boolean isEmpty() {
        return messages.isEmpty();
    }

    /** Throws the mistakes found so far, if any. */
    void throwIfAny() {
        if (!messages.isEmpty()) {
            throw new ScenarioException(messages);
        }
    }
}
