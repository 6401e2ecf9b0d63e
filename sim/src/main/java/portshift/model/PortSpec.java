package portshift.model;

import java.io.Serializable;

/**
 * Everything needed to build one port at the start of a run.
 *
 * @param containersPerDay       containers per day through the port's inspection point
 * @param wholesalePriceUsdPerKg price paid for cocaine delivered here (import ports), USD per kg
 * @param corruptibleShare       share of workers open to a bribe at all, in [0, 1]
 * @param controls               the port's complete controls at the start
 */
public record PortSpec(String id, PortFacts facts, double containersPerDay, double wholesalePriceUsdPerKg,
                       double corruptibleShare, PortControls controls) implements Serializable {

    /** Of the containers per day, those arriving on the modelled routes (import ports only). */
    public double latamContainersPerDay() {
        return facts.role() == PortRole.IMPORT ? facts.latamShare() * containersPerDay : 0;
    }

    public String name() {
        return facts.name() == null ? id : facts.name();
    }

    public Region region() {
        return facts.region();
    }

    public PortRole role() {
        return facts.role();
    }
}
