package portshift.scenario;

import java.util.List;

/**
 * Mistakes in a scenario file, each reported as one line: the file, line and column, the field path,
 * what was expected and what was found. Every line is made safe here, whoever wrote it: characters
 * that could break it into two lines or drive the terminal are shown as escapes ({@link Shown}), and
 * a line is cut after {@link #MAX_LINE} characters.
 */
public final class ScenarioException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Most characters of one reported line; paths and values within it are bounded well below. */
    static final int MAX_LINE = 1000;

    private final List<String> problems;

    public ScenarioException(String problem) {
        this(List.of(problem));
    }

    public ScenarioException(List<String> problems) {
        this(problems.stream().map(ScenarioException::safe).toArray(String[]::new));
    }

    private ScenarioException(String[] safe) {
        super(String.join("\n", safe));
        this.problems = List.of(safe);
    }

    /** Every mistake found, one line each. */
    public List<String> problems() {
        return problems;
    }

    /**
     * Applies the step to every item, in order; if any item has mistakes, the mistakes of all of them are thrown
     * together, so that one invocation reports every file's.
     */
    public static <T, R> List<R> collecting(List<T> items, java.util.function.Function<T, R> step) {
        List<R> out = new java.util.ArrayList<>();
        List<String> found = new java.util.ArrayList<>();
        for (T item : items) {
            try {
                out.add(step.apply(item));
            } catch (ScenarioException e) {
                found.addAll(e.problems());
            }
        }
        if (!found.isEmpty()) {
            throw new ScenarioException(found);
        }
        return out;
    }

    private static String safe(String line) {
        String s = String.valueOf(line);
        if (s.length() > MAX_LINE) {
            s = s.substring(0, MAX_LINE) + "…";
        }
        return Shown.escaped(s);
    }
}
