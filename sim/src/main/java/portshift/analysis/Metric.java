package portshift.analysis;

/**
 * One row of a comparison or a batch summary: an outcome, or for an outcome reported per
 * intervention (the WDQ), its value for one intervention.
 *
 * @param intervention the intervention's label, or null for an outcome of the whole run
 */
public record Metric(Outcome outcome, String intervention) {

    public static Metric of(Outcome outcome) {
        return new Metric(outcome, null);
    }

    /** The name in comparison.csv and summary.csv: the column, with the intervention in brackets. */
    public String name() {
        return intervention == null ? outcome.column() : outcome.column() + "[" + intervention + "]";
    }

    public String unit() {
        return outcome.unit();
    }

    /** The label to print: the outcome's, or the name where it is one intervention's. */
    public String label() {
        return intervention == null ? outcome.label() : name();
    }
}
