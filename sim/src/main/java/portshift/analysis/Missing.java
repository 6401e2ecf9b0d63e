package portshift.analysis;

import java.util.Locale;

/**
 * How printed text shows a number that could not be computed (too few points for a correlation, no run with a value):
 * "n/a", and the reason beside it or under the table, never "NaN" or "Infinity". The CSV files leave such cells
 * empty.
 */
public final class Missing {
    /** What a table's cell or a sentence shows for a number that is not there. */
    public static final String NA = "n/a";

    private Missing() {
    }

    /** The number in the format, or {@value #NA}. */
    public static String or(double v, String format) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, format, v) : NA;
    }

    /** The number in the format, or "n/a (why)". */
    public static String or(double v, String format, String why) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, format, v) : NA + " (" + why + ")";
    }
}
