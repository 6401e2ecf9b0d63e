package portshift.model;

import java.io.Serializable;

/**
 * An organisation's beliefs about the chance of losing a load at a port with a method: discounted
 * Beta-Bernoulli counts (the form NarcoLogic uses). Outcomes add to the counts; every week the
 * counts decay, so old lessons fade and a port that went quiet looks safer again.
 */
public final class RiskBeliefs implements Serializable {
    private static final long serialVersionUID = 1L;

    private static final int METHODS = Method.values().length;
    private final double priorSeizures;
    private final double priorPasses;
    private final double[] seizures;
    private final double[] passes;

    public RiskBeliefs(int ports, double priorSeizures, double priorPasses) {
        this.priorSeizures = priorSeizures;
        this.priorPasses = priorPasses;
        seizures = new double[ports * METHODS];
        passes = new double[ports * METHODS];
    }

    /** Believed probability of losing a load at this port with this method. */
    public double risk(Port port, Method method) {
        return risk(port.index() * METHODS + method.ordinal());
    }

    private double risk(int i) {
        double a = priorSeizures + seizures[i];
        return a / (a + priorPasses + passes[i]);
    }

    /**
     * 1 - risk for the given ports and methods, indexed port * methods + method, into the given array:
     * the chance of passing each inspection, from which a week's valuation multiplies a route's.
     */
    void safeInto(double[] out, int[] slots) {
        for (int i : slots) {
            out[i] = 1 - risk(i);
        }
    }

    public void observeSeizure(Port port, Method method, double weight) {
        seizures[port.index() * METHODS + method.ordinal()] += weight;
    }

    public void observePass(Port port, Method method, double weight) {
        passes[port.index() * METHODS + method.ordinal()] += weight;
    }

    /** Discounts all past outcomes by the given factor in (0, 1]. */
    public void forget(double keep) {
        for (int i = 0; i < seizures.length; i++) {
            seizures[i] *= keep;
            passes[i] *= keep;
        }
    }
}
