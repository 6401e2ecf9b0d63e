package portshift.scenario;

import java.util.List;

/**
 * Mistakes in a scenario file, each reported as one line: the file, line and column, the field path,
 * what was expected and what was found.
 */
public final class ScenarioException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final List<String> problems;

    public ScenarioException(String problem) {
        this(List.of(problem));
    }

    public ScenarioException(List<String> problems) {
        super(String.join("\n", problems));
        this.problems = List.copyOf(problems);
    }

    /** Every mistake found, one line each. */
    public List<String> problems() {
        return problems;
    }
}
