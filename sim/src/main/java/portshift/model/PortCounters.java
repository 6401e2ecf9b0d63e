package portshift.model;

import java.io.Serializable;
import java.util.Arrays;

/**
 * Running totals of a port's {@link MeasureKind#FLOW} measures since the start of the run. Collectors read
 * them and take differences per period, so the model never has to know about months or files.
 */
public final class PortCounters implements Serializable {
    private static final long serialVersionUID = 2L;

    private final double[] totals;

    public PortCounters() {
        this(new double[PortMeasure.count()]);
    }

    private PortCounters(double[] totals) {
        this.totals = totals;
    }

    /** Adds to a flow's running total. */
    public void add(PortMeasure measure, double amount) {
        totals[measure.ordinal()] += amount;
    }

    /** A flow's total so far. */
    public double get(PortMeasure measure) {
        return totals[measure.ordinal()];
    }

    /** The totals as they stand, apart from this port's later additions. */
    public PortCounters copy() {
        return new PortCounters(Arrays.copyOf(totals, totals.length));
    }
}
