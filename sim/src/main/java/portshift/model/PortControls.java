package portshift.model;

import java.io.Serializable;

/**
 * The levers a port's authorities control, as a scenario file writes them under {@code ports:},
 * {@code port_defaults:} and an intervention's {@code ports:}. A null field is unset: a port's own
 * controls fall back on the defaults of its role, and an intervention leaves it as it was. The
 * controls a run gives a port are complete. Immutable: a change makes a new record.
 */
public record PortControls(
        @Doc(value = "container scanners in service", min = 0, max = Doc.MAX_COUNT) Integer scanners,
        @Doc(value = "containers one scanner screens per day", unit = "containers/day", min = 0, max = 10_000)
        Double containersPerScannerPerDay,
        @Doc(value = "customs officers on container control", min = 0, max = Doc.MAX_COUNT) Integer officers,
        @Doc(value = "physical inspections per officer per day", unit = "containers/day", min = 0, max = 1000)
        Double inspectionsPerOfficerPerDay,
        @Doc(value = "risk-profiling skill: 0 selects at random", unit = "share", min = 0, max = 1) Double profilingSkill,
        @Doc(value = "anti-corruption intensity (vetting, rotation, prosecution)", unit = "share", min = 0, max = 1)
        Double antiCorruption,
        @Doc(value = "policy cap on the share of containers screened", unit = "share", min = 0, max = 1)
        Double maxScreeningShare,
        @Doc("whether containers are traced to their origin through hubs") Boolean originTracing) implements Serializable {

    /** No lever set: the start of a change built with the {@code with...} methods. */
    public static final PortControls NONE = new PortControls(null, null, null, null, null, null, null, null);

    /** These controls, with every unset field taken from the base (which may be null). */
    public PortControls over(PortControls base) {
        if (base == null) {
            return this;
        }
        return new PortControls(or(scanners, base.scanners), or(containersPerScannerPerDay, base.containersPerScannerPerDay),
                or(officers, base.officers), or(inspectionsPerOfficerPerDay, base.inspectionsPerOfficerPerDay),
                or(profilingSkill, base.profilingSkill), or(antiCorruption, base.antiCorruption),
                or(maxScreeningShare, base.maxScreeningShare), or(originTracing, base.originTracing));
    }

    private static <T> T or(T own, T base) {
        return own != null ? own : base;
    }

    public PortControls withScanners(int n) {
        return new PortControls(n, containersPerScannerPerDay, officers, inspectionsPerOfficerPerDay, profilingSkill,
                antiCorruption, maxScreeningShare, originTracing);
    }

    public PortControls withOfficers(int n) {
        return new PortControls(scanners, containersPerScannerPerDay, n, inspectionsPerOfficerPerDay, profilingSkill,
                antiCorruption, maxScreeningShare, originTracing);
    }

    public PortControls withAntiCorruption(double a) {
        return new PortControls(scanners, containersPerScannerPerDay, officers, inspectionsPerOfficerPerDay, profilingSkill,
                a, maxScreeningShare, originTracing);
    }

    /** Containers per day the port can screen with its scanners. */
    public double scanCapacityPerDay() {
        return scanners * containersPerScannerPerDay;
    }

    /** Containers per day the port can inspect physically with its officers. */
    public double physicalCapacityPerDay() {
        return officers * inspectionsPerOfficerPerDay;
    }

    /** Containers per day its customs can screen, by scan or by hand, within the policy cap. */
    public double ownCapacityPerDay(double containersPerDay) {
        return Math.min(scanCapacityPerDay() + physicalCapacityPerDay(), maxScreeningShare * containersPerDay);
    }
}
