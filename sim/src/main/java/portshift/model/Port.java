package portshift.model;

import java.io.Serializable;

/**
 * A seaport: its identity and geography, its container flow, the controls its customs apply (the
 * levers, changed by interventions) and the running totals of what happened there.
 */
public final class Port implements Serializable {
    private static final long serialVersionUID = 1L;

    private final int index;
    private final String id;
    private final String name;
    private final String country;
    private final Region region;
    private final PortRole role;
    private final double latitude;
    private final double longitude;
    private final double teuMillionsPerYear;
    private final double containersPerDay;
    private final double wholesalePriceUsdPerKg;
    private final double corruptibleShare;
    private final PortCounters counters = new PortCounters();
    private PortControls controls;

    public Port(int index, PortSpec spec) {
        PortFacts f = spec.facts();
        this.index = index;
        this.id = spec.id();
        this.name = spec.name();
        this.country = f.country();
        this.region = f.region();
        this.role = f.role();
        this.latitude = f.lat();
        this.longitude = f.lon();
        this.teuMillionsPerYear = f.teuMillions();
        this.containersPerDay = spec.containersPerDay();
        this.wholesalePriceUsdPerKg = spec.wholesalePriceUsdPerKg();
        this.corruptibleShare = spec.corruptibleShare();
        this.controls = spec.controls();
    }

    public int index() { return index; }
    public String id() { return id; }
    public String name() { return name; }
    /** ISO 3166 alpha-2 code. */
    public String country() { return country; }
    public Region region() { return region; }
    public PortRole role() { return role; }
    public double latitude() { return latitude; }
    public double longitude() { return longitude; }
    public double teuMillionsPerYear() { return teuMillionsPerYear; }
    /** Containers per day that pass this port's inspection point (imports, exports or transshipments). */
    public double containersPerDay() { return containersPerDay; }
    /** Wholesale price paid for cocaine delivered here, USD per kg (0 where nothing is sold). */
    public double wholesalePriceUsdPerKg() { return wholesalePriceUsdPerKg; }
    /** Share of the port's workers who would consider a bribe at all. */
    public double corruptibleShare() { return corruptibleShare; }
    public PortCounters counters() { return counters; }
    public PortControls controls() { return controls; }

    void setControls(PortControls controls) {
        this.controls = controls;
    }

    @Override
    public String toString() {
        return id;
    }
}
