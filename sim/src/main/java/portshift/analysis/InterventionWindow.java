package portshift.analysis;

import java.time.YearMonth;
import java.util.Set;

/**
 * Where and when an intervention acted, for its displacement quotient.
 *
 * @param label   the intervention's name
 * @param month   the month it took effect
 * @param targets the European ports whose controls it changed
 */
public record InterventionWindow(String label, YearMonth month, Set<String> targets) {
    /** Months compared on each side of the intervention. */
    public static final int MONTHS = 12;

    public InterventionWindow {
        targets = Set.copyOf(targets);
    }

    /** Which side of the intervention a month falls on: 0 in the months before, 1 from it on, -1 outside both. */
    public int side(YearMonth m) {
        if (m.isBefore(month.minusMonths(MONTHS)) || m.isAfter(month.plusMonths(MONTHS - 1L))) {
            return -1;
        }
        return m.isBefore(month) ? 0 : 1;
    }
}
