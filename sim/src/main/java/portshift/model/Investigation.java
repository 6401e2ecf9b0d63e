package portshift.model;

import java.io.Serializable;

/**
 * What investigators do after a seizure: they follow the leads of the seized load at the port where
 * it was seized. Insiders who served it there are likely to be found, the rest of its organisation's
 * insiders there less so, both in proportion to the port's anti-corruption intensity, so that a run
 * of seizures can roll up a network.
 */
final class Investigation implements Serializable {
    private static final long serialVersionUID = 1L;

    private final double lead;
    private final double spread;

    Investigation(InsiderParams params) {
        this.lead = params.investigationLead();
        this.spread = params.investigationSpread();
    }

    /** Follows the leads of a load just seized at the port. */
    void follow(Shipment seized, Port port, PortshiftModel model) {
        double intensity = model.controls().antiCorruption(port, model.today());
        if (intensity > 0 && (lead > 0 || spread > 0)) {
            model.insiders(port).investigate(seized, intensity * lead, intensity * spread, model.random);
        }
    }
}
