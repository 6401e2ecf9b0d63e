package portshift.model;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.YearMonth;

/** Maps simulation days (one step = one day, day 0 = the start date) to calendar dates. */
public final class SimCalendar implements Serializable {
    private static final long serialVersionUID = 1L;

    private final LocalDate start;

    public SimCalendar(LocalDate start) {
        this.start = start;
    }

    public LocalDate start() {
        return start;
    }

    public LocalDate date(long day) {
        return start.plusDays(day);
    }

    public YearMonth month(long day) {
        return YearMonth.from(date(day));
    }

    /** The day number of a date (negative before the start). */
    public long day(LocalDate date) {
        return date.toEpochDay() - start.toEpochDay();
    }
}
