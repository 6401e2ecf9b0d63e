package portshift.scenario;

/** Checks of required fields and ranges, each failing with the file and the field path. */
final class Fields {
    private final String file;

    Fields(String file) {
        this.file = file;
    }

    <T> T required(T value, String path) {
        if (value == null) {
            throw ScenarioException.at(file, path, "missing; this field is required");
        }
        return value;
    }

    double range(Double value, String path, double min, double max) {
        double v = required(value, path);
        if (Double.isNaN(v) || v < min || v > max) {
            throw ScenarioException.at(file, path, "expected a number in [" + fmt(min) + ", " + fmt(max) + "], found " + fmt(v));
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
        int v = required(value, path);
        if (v < min) {
            throw ScenarioException.at(file, path, "expected a whole number >= " + min + ", found " + v);
        }
        return v;
    }

    ScenarioException error(String path, String message) {
        return ScenarioException.at(file, path, message);
    }

    private static String fmt(double x) {
        if (x == Double.MAX_VALUE) {
            return "inf";
        }
        return x == Math.rint(x) && Math.abs(x) < 1e15 ? String.valueOf((long) x) : String.valueOf(x);
    }
}
