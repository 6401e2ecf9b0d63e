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

    /**
     * The name in comparison.csv, summary.csv and eval's outcomes, an identifier: the column, or for one
     * intervention's value the column, an underscore and the intervention's label as an identifier in lower case
     * ({@link ColumnNames#ofLabel}): {@code wdq_alliance_of_european_ports_launched}.
     */
    public String name() {
        return intervention == null ? outcome.column() : outcome.column() + "_" + ColumnNames.ofLabel(intervention);
    }

    public String unit() {
        return outcome.unit();
    }

    /** The label to print: the outcome's, or for one intervention's value the column with the label in brackets. */
    public String label() {
        return intervention == null ? outcome.label() : outcome.column() + "[" + intervention + "]";
    }
}
