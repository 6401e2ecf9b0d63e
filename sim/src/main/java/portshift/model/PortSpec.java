package portshift.model;

import java.io.Serializable;

/**
 * Everything needed to build one port at the start of a run.
 *
 * @param containersPerDay       containers per day through the port's inspection point
 * @param latamContainersPerDay  of those, containers per day arriving on the modelled routes (import ports)
 * @param wholesalePriceUsdPerKg price paid for cocaine delivered here (import ports), USD per kg
 * @param corruptibleShare       share of workers open to a bribe at all, in [0, 1]
 */
public record PortSpec(String id, String name, String country, Region region, PortRole role,
                       double latitude, double longitude, double teuMillionsPerYear,
                       double containersPerDay, double latamContainersPerDay,
                       double wholesalePriceUsdPerKg, double corruptibleShare,
                       PortControls controls) implements Serializable {
    public PortSpec {
        PortControls.require(containersPerDay >= 0, "containersPerDay must be >= 0");
        PortControls.require(latamContainersPerDay >= 0 && latamContainersPerDay <= containersPerDay,
                "latamContainersPerDay must be in [0, containersPerDay]");
        PortControls.require(wholesalePriceUsdPerKg >= 0, "wholesalePriceUsdPerKg must be >= 0");
        PortControls.require(PortControls.unit(corruptibleShare), "corruptibleShare must be in [0, 1]");
    }

    Port build(int index) {
        return new Port(index, id, name, country, region, role, latitude, longitude, teuMillionsPerYear,
                containersPerDay, wholesalePriceUsdPerKg, corruptibleShare, controls);
    }
}
