package portshift.evidence;

import java.util.List;
import java.util.stream.Collectors;

/**
 * One pattern check: what it is, how it is measured, what is expected (stated before any run), what was observed
 * over the replications, and the conditions its pass rests on, each a 95% confidence interval against a threshold.
 *
 * @param usesCalibrationData whether the pattern's figures are among the calibration's targets (so that passing it
 *                            is partly a matter of the fit)
 * @param observed            mean of the main measure over replications
 * @param ciLow               lower end of its 95% confidence interval
 * @param ciHigh              upper end
 * @param detail              the other numbers the check looked at
 * @param conditions          what decides the pass: all must be met
 */
public record PatternResult(int number, String pattern, boolean usesCalibrationData, String measure, String expected,
                            double observed, double ciLow, double ciHigh, String detail, List<Condition> conditions) {
    public PatternResult {
        conditions = List.copyOf(conditions);
    }

    /** The rule that decided the row: every condition, in order. */
    public String rule() {
        return conditions.stream().map(Condition::rule).collect(Collectors.joining("; "));
    }

    /** Whether every condition is met. */
    public boolean pass() {
        return !conditions.isEmpty() && conditions.stream().allMatch(Condition::met);
    }

    /** The condition on the named measure. */
    public Condition condition(String name) {
        return conditions.stream().filter(c -> c.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("pattern " + number + " has no condition " + name));
    }
}
