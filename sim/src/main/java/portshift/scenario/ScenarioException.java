package portshift.scenario;

/**
 * A mistake in a scenario file, reported as one line: the file, where in it, the field and what was
 * expected.
 */
public final class ScenarioException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ScenarioException(String message) {
        super(message);
    }

    /** An error at a field path such as {@code ports.ANTWERP.scanners}. */
    public static ScenarioException at(String file, String path, String message) {
        return new ScenarioException(file + ": " + (path == null || path.isEmpty() ? "" : path + ": ") + message);
    }
}
