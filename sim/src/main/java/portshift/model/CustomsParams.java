package portshift.model;

import java.io.Serializable;
import java.util.Map;

/** How customs select and inspect containers: uncertain technical figures, not policy. */
public record CustomsParams(
        @Doc(value = "selection lift of a risk-profiled container at profiling skill 1", min = 1, max = 1000, required = true)
        Double maxProfilingLift,
        @Doc(value = "extra selection lift for containers matching a recent seizure", min = 1, max = 1000, required = true)
        Double intelligenceLift,
        @Doc(value = "days a seizure keeps matching containers flagged", unit = "days", min = 0, max = Doc.MAX_DAYS,
                required = true) Integer intelligenceDays,
        @Doc(value = "chance that a container selected for inspection at an export port is checked again before it sails",
                unit = "probability", min = 0, max = 1, required = true) Double secondInspectionShare,
        @Doc(value = "chance a scan finds the load, by method", unit = "probability", min = 0, max = 1, required = true)
        Map<Method, Double> scanDetection,
        @Doc(value = "chance a physical inspection finds the load, by method", unit = "probability", min = 0, max = 1,
                required = true) Map<Method, Double> physicalDetection,
        @Doc(value = "delay to a legitimate container from a scan", unit = "hours", min = 0, max = 24 * Doc.MAX_DAYS,
                required = true) Double scanDelayHours,
        @Doc(value = "delay to a legitimate container from a physical inspection", unit = "hours", min = 0,
                max = 24 * Doc.MAX_DAYS, required = true) Double physicalDelayHours,
        @Doc(value = "chance an unextracted rip-off load is found in the terminal", unit = "probability", min = 0,
                max = 1, required = true) Double failedExtractionSeizure) implements Serializable {

    public double scanDetection(Method m) {
        return scanDetection.get(m);
    }

    public double physicalDetection(Method m) {
        return physicalDetection.get(m);
    }

    /** Selection lift of a risk-profiled container at the given profiling skill. */
    public double profilingLift(double skill) {
        return 1 + skill * (maxProfilingLift - 1);
    }
}
