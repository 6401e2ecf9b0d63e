package portshift.model;

import java.io.Serializable;

/**
 * Running totals for one port since the start of the run. Collectors read them and take differences
 * per period, so the model never has to know about months or files.
 */
public final class PortCounters implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Kilograms in shipments that reached this port's inspection. */
    public double attemptedKg;
    public double seizedKg;
    /** Kilograms of loads that left this (export) port and were seized at a later port: a hub or in Europe. */
    public double seizedLaterKg;
    /** Kilograms delivered to the buyers at this (import) port. */
    public double deliveredKg;
    public long shipments;
    public long seizures;
    /** Legitimate and illicit containers screened by scanner or physical check. */
    public double containersScreened;
    /** Legitimate containers that passed the port's inspection point. */
    public double containersHandled;
    public long insidersRecruited;
    public long insidersArrested;
    public double bribesUsd;
    /** Delay imposed on legitimate containers by screening, in container-hours. */
    public double legitDelayHours;
}
