package portshift.model;

import java.io.Serializable;

/**
 * The running totals of a run's {@link RunAccount.Side flow accounts}: kilograms supplied, in transit, seized (in
 * Europe or upstream), delivered, or diverted to other markets, and the shipments planned.
 */
public final class Ledger implements Serializable {
    private static final long serialVersionUID = 2L;

    private final double[] totals = new double[RunAccount.count()];

    /** Adds to a flow account (in transit goes down as loads arrive). */
    public void add(RunAccount account, double amount) {
        if (account.kind() != MeasureKind.FLOW) {
            throw new IllegalArgumentException(account.column() + " is read from the model, not kept in the ledger");
        }
        totals[account.ordinal()] += amount;
    }

    /** A flow account's total so far. */
    public double get(RunAccount account) {
        return totals[account.ordinal()];
    }
}
