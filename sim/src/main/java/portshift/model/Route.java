package portshift.model;

import java.io.Serializable;

/**
 * A sea route from an export port to an import port, direct or through one hub, with its sailing
 * time and the legitimate container flow that travels on it.
 */
public final class Route implements Serializable {
    private static final long serialVersionUID = 1L;

    private final int index;
    private final Port origin;
    private final Port hub;
    private final Port destination;
    private final int sailingDays;
    private final int daysToHub;
    private double legitContainersPerDay;
    private final double[] launchedKg = new double[Method.values().length];
    private final long[] launched = new long[Method.values().length];
    /** Made once: the monthly rows name every route used that month (built again after a checkpoint). */
    private transient String label;

    /**
     * @param hub       the transshipment hub, or null for a direct route
     * @param daysToHub sailing days from the origin to the hub (ignored for a direct route)
     */
    public Route(int index, Port origin, Port hub, Port destination, int sailingDays, int daysToHub) {
        if (sailingDays < 1) {
            throw new IllegalArgumentException("sailing days must be >= 1");
        }
        this.index = index;
        this.origin = origin;
        this.hub = hub;
        this.destination = destination;
        this.sailingDays = sailingDays;
        this.daysToHub = hub == null ? 0 : Math.max(1, Math.min(sailingDays - 1, daysToHub));
    }

    public int index() { return index; }
    public Port origin() { return origin; }
    /** The hub, or null for a direct route. */
    public Port hub() { return hub; }
    public Port destination() { return destination; }
    public boolean viaHub() { return hub != null; }
    /** Days at sea from origin to destination, hub call included. */
    public int sailingDays() { return sailingDays; }
    public int daysToHub() { return daysToHub; }
    /** Legitimate containers per day on this route. */
    public double legitContainersPerDay() { return legitContainersPerDay; }

    /** Kilograms sent on this route with a method since the start of the run. */
    public double launchedKg(Method method) { return launchedKg[method.ordinal()]; }

    /** Loads sent on this route with a method since the start of the run. */
    public long launched(Method method) { return launched[method.ordinal()]; }

    void launch(Method method, double kg) {
        launchedKg[method.ordinal()] += kg;
        launched[method.ordinal()]++;
    }

    void setLegitContainersPerDay(double perDay) {
        this.legitContainersPerDay = perDay;
    }

    /** Short label such as GUAYAQUIL>BALBOA>ANTWERP. */
    public String label() {
        if (label == null) {
            label = hub == null ? origin.id() + ">" + destination.id()
                    : origin.id() + ">" + hub.id() + ">" + destination.id();
        }
        return label;
    }

    @Override
    public String toString() {
        return label();
    }
}
