package portshift.model;

import java.io.Serializable;
import java.util.Map;

/** How customs select and inspect containers: uncertain technical figures, not policy. */
public record CustomsParams(
        @Doc(value = "selection lift of a risk-profiled container at profiling skill 1", min = 1, max = 1000, required = true)
        Double maxProfilingLift,
        @Doc(value = "how much likelier a container shipped by a front company (a concealed or transshipped load) is "
                + "to be selected than another container of its risk class, at profiling skill 1: customs profile "
                + "shippers and consignees as well as countries", min = 1, max = 1000, required = true)
        Double maxFrontCompanyLift,
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
        @Doc(value = "load at which an inspection finds a load with the scan or physical detection chance",
                unit = "kg", min = 1, max = 30_000, required = true) Double referenceLoadKg,
        @Doc(value = "how detection rises with load size: a load of L kg counts as (L / reference)^e independent "
                + "reference loads (0: size does not matter)", min = 0, max = 1, required = true)
        Double sizeElasticity,
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

    /** Chance a scan (or else a physical inspection) finds a load of this method and size. */
    public double detection(boolean scanned, Method m, double kg) {
        return detection(scanned ? scanDetection(m) : physicalDetection(m), kg);
    }

    /**
     * Chance an inspection finds a load of the given size, when it finds a load of the reference size
     * with chance {@code d}: {@code 1 - (1 - d)^x} with {@code x = (kg / reference_load_kg)^size_elasticity},
     * the load counting as x reference loads each found independently.
     */
    public double detection(double d, double kg) {
        return sizeElasticity == 0 ? d : 1 - Math.pow(1 - d, sizeExponent(kg));
    }

    /** How many reference loads a load of this size counts as, for detection. */
    public double sizeExponent(double kg) {
        return Math.pow(kg / referenceLoadKg, sizeElasticity);
    }

    /**
     * Selection lift of a front company's container over its risk class at the given profiling skill,
     * {@code 1 + skill * (max_front_company_lift - 1)}.
     */
    public double frontCompanyLift(double skill) {
        return 1 + skill * (maxFrontCompanyLift - 1);
    }

    /** Selection lift of a risk-profiled container at the given profiling skill. */
    public double profilingLift(double skill) {
        return 1 + skill * (maxProfilingLift - 1);
    }
}
