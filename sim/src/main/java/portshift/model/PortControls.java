package portshift.model;

import java.io.Serializable;

/**
 * The levers a port's authorities control. Immutable: an intervention replaces the record.
 *
 * @param scanners                    container scanners in service
 * @param containersPerScannerPerDay  containers one scanner screens per day
 * @param officers                    customs officers assigned to container control
 * @param inspectionsPerOfficerPerDay physical container inspections per officer per day
 * @param profilingSkill              risk-profiling skill in [0, 1]: 0 selects at random
 * @param antiCorruption              anti-corruption intensity in [0, 1] (vetting, rotation, prosecution)
 * @param maxScreeningShare           policy cap on the share of containers screened, in [0, 1]
 * @param originTracing               whether containers are traced to their origin through hubs
 */
public record PortControls(
        int scanners,
        double containersPerScannerPerDay,
        int officers,
        double inspectionsPerOfficerPerDay,
        double profilingSkill,
        double antiCorruption,
        double maxScreeningShare,
        boolean originTracing) implements Serializable {

    public PortControls {
        require(scanners >= 0, "scanners must be >= 0");
        require(containersPerScannerPerDay >= 0, "containersPerScannerPerDay must be >= 0");
        require(officers >= 0, "officers must be >= 0");
        require(inspectionsPerOfficerPerDay >= 0, "inspectionsPerOfficerPerDay must be >= 0");
        require(unit(profilingSkill), "profilingSkill must be in [0, 1]");
        require(unit(antiCorruption), "antiCorruption must be in [0, 1]");
        require(unit(maxScreeningShare), "maxScreeningShare must be in [0, 1]");
    }

    /** Containers per day the port can screen with its scanners. */
    public double scanCapacityPerDay() {
        return scanners * containersPerScannerPerDay;
    }

    /** Containers per day the port can inspect physically with its officers. */
    public double physicalCapacityPerDay() {
        return officers * inspectionsPerOfficerPerDay;
    }

    static boolean unit(double x) {
        return x >= 0 && x <= 1;
    }

    static void require(boolean ok, String message) {
        if (!ok) {
            throw new IllegalArgumentException(message);
        }
    }
}
