package portshift.model;

import java.io.Serializable;

/**
 * How customs select and inspect containers: uncertain technical figures, not policy.
 *
 * @param maxProfilingLift          selection lift of a flagged container over a random one at profiling skill 1
 * @param intelligenceLift          extra selection lift for containers matching a recent seizure
 * @param intelligenceDays          days a seizure keeps matching containers flagged
 * @param scanDetection             probability that a scan finds the load, per {@link Method} ordinal
 * @param physicalDetection         probability that a physical inspection finds the load, per method
 * @param scanDelayHours            delay to a legitimate container from a scan, hours
 * @param physicalDelayHours        delay to a legitimate container from a physical inspection, hours
 * @param failedExtractionSeizure   probability that a rip-off load nobody extracts is found in the terminal
 */
public record CustomsParams(double maxProfilingLift, double intelligenceLift, int intelligenceDays,
                            double[] scanDetection, double[] physicalDetection,
                            double scanDelayHours, double physicalDelayHours,
                            double failedExtractionSeizure) implements Serializable {
    public CustomsParams {
        PortControls.require(maxProfilingLift >= 1, "maxProfilingLift must be >= 1");
        PortControls.require(intelligenceLift >= 1, "intelligenceLift must be >= 1");
        PortControls.require(intelligenceDays >= 0, "intelligenceDays must be >= 0");
        PortControls.require(scanDetection.length == Method.values().length
                && physicalDetection.length == Method.values().length, "one detection probability per method");
        for (int i = 0; i < scanDetection.length; i++) {
            PortControls.require(PortControls.unit(scanDetection[i]) && PortControls.unit(physicalDetection[i]),
                    "detection probabilities must be in [0, 1]");
        }
        PortControls.require(scanDelayHours >= 0 && physicalDelayHours >= 0, "delays must be >= 0");
        PortControls.require(PortControls.unit(failedExtractionSeizure), "failedExtractionSeizure must be in [0, 1]");
        scanDetection = scanDetection.clone();
        physicalDetection = physicalDetection.clone();
    }

    public double scanDetection(Method m) {
        return scanDetection[m.ordinal()];
    }

    public double physicalDetection(Method m) {
        return physicalDetection[m.ordinal()];
    }

    /** Selection lift of a risk-profiled container at the given profiling skill. */
    public double profilingLift(double skill) {
        return 1 + skill * (maxProfilingLift - 1);
    }
}
