package portshift.model;

import java.io.Serializable;

/**
 * The kilogram accounts of a run. Every kilogram supplied is, at any moment, in an organisation's
 * stock, in transit, seized (in Europe or upstream), delivered, or diverted to other markets.
 */
public final class Ledger implements Serializable {
    private static final long serialVersionUID = 1L;

    double suppliedKg;
    double inTransitKg;
    double deliveredKg;
    double seizedEuropeKg;
    double seizedUpstreamKg;
    double divertedKg;
    long shipments;

    public double suppliedKg() { return suppliedKg; }
    public double inTransitKg() { return inTransitKg; }
    public double deliveredKg() { return deliveredKg; }
    public double seizedEuropeKg() { return seizedEuropeKg; }
    public double seizedUpstreamKg() { return seizedUpstreamKg; }
    /** Kilograms sold outside the European container trade (the logit's outside option). */
    public double divertedKg() { return divertedKg; }
    /** Shipments planned so far. */
    public long shipments() { return shipments; }
}
