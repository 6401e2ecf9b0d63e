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
}
