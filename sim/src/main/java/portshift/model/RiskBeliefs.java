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
    /** 1 - risk per port and method, kept while the counts stand still (a week's valuation asks thousands of times). */
    private final double[] safe;
    private final long[] safeAt;
    private long changes = 1;

    public RiskBeliefs(int ports, double priorSeizures, double priorPasses) {
        this.priorSeizures = priorSeizures;
        this.priorPasses = priorPasses;
        seizures = new double[ports * METHODS];
        passes = new double[ports * METHODS];
        safe = new double[ports * METHODS];
        safeAt = new long[ports * METHODS];
    }

    /** Believed probability of losing a load at this port with this method. */
    public double risk(Port port, Method method) {
        return risk(port.index() * METHODS + method.ordinal());
    }

    private double risk(int i) {
        double a = priorSeizures + seizures[i];
        return a / (a + priorPasses + passes[i]);
    }

    /** Believed probability that a load gets through every inspection of the route. */
    public double successChance(Route route, Method method) {
        double p = safe(route.origin(), method) * safe(route.destination(), method);
        if (route.viaHub()) {
            p *= safe(route.hub(), method);
        }
        return p;
    }

    private double safe(Port port, Method method) {
        return safe(port.index() * METHODS + method.ordinal());
    }

    /** 1 - risk for every port and method, indexed port * methods + method, into the given array. */
    void safeInto(double[] out) {
        for (int i = 0; i < out.length; i++) {
            out[i] = safe(i);
        }
    }

    private double safe(int i) {
        if (safeAt[i] != changes) {
            safe[i] = 1 - risk(i);
            safeAt[i] = changes;
        }
        return safe[i];
    }

    public void observeSeizure(Port port, Method method, double weight) {
        seizures[port.index() * METHODS + method.ordinal()] += weight;
        changes++;
    }

    public void observePass(Port port, Method method, double weight) {
        passes[port.index() * METHODS + method.ordinal()] += weight;
        changes++;
    }

    /** Discounts all past outcomes by the given factor in (0, 1]. */
    public void forget(double keep) {
        changes++;
        for (int i = 0; i < seizures.length; i++) {
            seizures[i] *= keep;
            passes[i] *= keep;
        }
    }
}
