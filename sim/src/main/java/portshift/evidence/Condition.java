package portshift.evidence;

import java.math.BigDecimal;

/**
 * One condition of a pattern's pass: a measure's 95% confidence interval against a threshold fixed before any run.
 * The rule is stated in the words that decide it, so the table shows the rule that was applied.
 *
 * @param name     the measure, e.g. "top-3 share"
 * @param rule     the rule, e.g. "top-3 share: 95% CI low end >= 0.45"
 * @param estimate the mean (or share) over replications
 * @param low      the low end of its 95% confidence interval
 * @param high     the high end
 * @param met      whether the interval meets the rule
 */
public record Condition(String name, String rule, double estimate, double low, double high, boolean met) {

    /** The interval's low end at or above the threshold. */
    static Condition lowAtLeast(String name, double[] ci, double threshold) {
        return new Condition(name, name + ": 95% CI low end >= " + shown(threshold), ci[0], ci[1], ci[2],
                ci[1] >= threshold);
    }

    /** The interval's low end above the threshold. */
    static Condition lowAbove(String name, double[] ci, double threshold) {
        return new Condition(name, name + ": 95% CI low end > " + shown(threshold), ci[0], ci[1], ci[2],
                ci[1] > threshold);
    }

    /** The interval's high end below the threshold. */
    static Condition highBelow(String name, double[] ci, double threshold) {
        return new Condition(name, name + ": 95% CI high end < " + shown(threshold), ci[0], ci[1], ci[2],
                ci[2] < threshold);
    }

    /** The whole interval in the closed range [from, to]. */
    static Condition within(String name, double[] ci, double from, double to) {
        return new Condition(name, name + ": 95% CI inside [" + shown(from) + ", " + shown(to) + "]", ci[0], ci[1],
                ci[2], ci[1] >= from && ci[2] <= to);
    }

    /** The whole interval in the open range (from, to). */
    static Condition strictlyWithin(String name, double[] ci, double from, double to) {
        return new Condition(name, name + ": 95% CI inside (" + shown(from) + ", " + shown(to) + ")", ci[0], ci[1],
                ci[2], ci[1] > from && ci[2] < to);
    }

    private static String shown(double v) {
        return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }
}
