package portshift.scenario;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * Dates in scenario files: a calendar date written YYYY-MM-DD, nothing more (no time of day), within
 * {@link #FIRST} and {@link #LAST}. The bound keeps every date of a run, and every month written in
 * its results, to a four-digit year, which the calendar and the readers of result files expect.
 */
final class Dates {
    static final LocalDate FIRST = LocalDate.of(1900, 1, 1);
    static final LocalDate LAST = LocalDate.of(2999, 12, 31);

    /** What a date must look like, for messages and the reference. */
    static final String EXPECTED = "a date (YYYY-MM-DD) from " + FIRST + " to " + LAST;

    private Dates() {
    }

    /** The date written, or null if the text is not a date in the range. */
    static LocalDate parse(String text) {
        if (text == null || !text.matches("[0-9]{4}-[0-9]{2}-[0-9]{2}")) {
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(text);
            return date.isBefore(FIRST) || date.isAfter(LAST) ? null : date;
        } catch (DateTimeException e) {
            return null;
        }
    }
}
