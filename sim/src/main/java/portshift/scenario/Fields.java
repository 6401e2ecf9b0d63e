package portshift.scenario;

/**
 * Checks of required fields and ranges. A mistake is recorded with its path and checking goes on
 * with a harmless stand-in value, so that one pass finds every mistake.
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

    double range(Double value, String path, double min, double max) {
        Double v = required(value, path);
        if (v == null) {
            return min;
        }
        if (Double.isNaN(v) || v < min || v > max) {
            problems.add(path, "expected a number in [" + fmt(min) + ", " + fmt(max) + "], found " + fmt(v));
            return min;
        }
        return v;
    }

    double atLeast(Double value, String path, double min) {
        return range(value, path, min, Double.MAX_VALUE);
    }

    double unit(Double value, String path) {
        return range(value, path, 0, 1);
    }

    int count(Integer value, String path, int min) {
        Integer v = required(value, path);
        if (v == null) {
            return min;
        }
        if (v < min) {
            problems.add(path, "expected a whole number >= " + min + ", found " + v);
            return min;
        }
        return v;
    }

    boolean flag(Boolean value, String path) {
        Boolean v = required(value, path);
        return v != null && v;
    }

    void problem(String path, String message) {
        problems.add(path, message);
    }

    Problems problems() {
        return problems;
    }

    private static String fmt(double x) {
        if (x == Double.MAX_VALUE) {
            return "inf";
        }
        return x == Math.rint(x) && Math.abs(x) < 1e15 ? String.valueOf((long) x) : String.valueOf(x);
    }
}
