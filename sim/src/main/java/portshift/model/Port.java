package portshift.model;

import java.io.Serializable;

/**
 * A seaport: its identity and geography, its container flow, the controls its customs apply (the
 * levers, changed by interventions) and the running totals of what happened there.
 */
public final class Port implements Serializable {
    private static final long serialVersionUID = 1L;

    private final int index;
    private final PortSpec spec;
    private final PortCounters counters = new PortCounters();
    private PortControls controls;

    public Port(int index, PortSpec spec) {
        this.index = index;
        this.spec = spec;
        this.controls = spec.controls();
    }

    public int index() { return index; }
    public String id() { return spec.id(); }
    public String name() { return spec.name(); }
    /** ISO 3166 alpha-2 code. */
    public String country() { return spec.facts().country(); }
    public Region region() { return spec.region(); }
    public PortRole role() { return spec.role(); }
    public double latitude() { return spec.facts().lat(); }
    public double longitude() { return spec.facts().lon(); }
    public double teuMillionsPerYear() { return spec.facts().teuMillions(); }
    /** Containers per day that pass this port's inspection point (imports, exports or transshipments). */
    public double containersPerDay() { return spec.containersPerDay(); }
    /** Legitimate containers a day from the modelled Latin American export ports (import ports; 0 elsewhere). */
    public double latamContainersPerDay() { return spec.latamContainersPerDay(); }
    /** Wholesale price paid for cocaine delivered here, USD per kg (0 where nothing is sold). */
    public double wholesalePriceUsdPerKg() { return spec.wholesalePriceUsdPerKg(); }
    /** Share of the port's workers who would consider a bribe at all. */
    public double corruptibleShare() { return spec.corruptibleShare(); }
    public PortCounters counters() { return counters; }
    public PortControls controls() { return controls; }

    void setControls(PortControls controls) {
        this.controls = controls;
    }

    @Override
    public String toString() {
        return spec.id();
    }
}
