package portshift.scenario;

/**
 * Records mistakes with their path. A missing value is recorded once, and checking goes on with a
 * harmless stand-in, so that one pass finds every mistake. Ranges are not checked here: they are
 * declared once on the records and checked by {@link Declarations}.
 */
final class Fields {
    private final Problems problems;

    Fields(Problems problems) {
        this.problems = problems;
    }

    /** The value, or null after recording that it is missing. */
    <T> T required(T value, String path) {
        if (value == null && !problems.reportedAt(path)) {
            problems.add(path, "missing; this field is required");
        }
        return value;
    }

    /** A required number, or 0 in its place after recording that it is missing. */
    double number(Double value, String path) {
        Double v = required(value, path);
        return v == null ? 0 : v;
    }

    /** A required whole number, or 0 in its place after recording that it is missing. */
    int whole(Integer value, String path) {
        Integer v = required(value, path);
        return v == null ? 0 : v;
    }

    void problem(String path, String message) {
        problems.add(path, message);
    }

    Problems problems() {
        return problems;
    }
}
