package portshift.model;

import java.util.Map;

import sim.engine.SimState;
import sim.engine.Steppable;

/** Applies one {@link Intervention} on its day, before anyone else acts. */
final class InterventionEvent implements Steppable {
    private static final long serialVersionUID = 1L;

    private final Intervention intervention;

    InterventionEvent(Intervention intervention) {
        this.intervention = intervention;
    }

    @Override
    public void step(SimState state) {
        PortshiftModel model = (PortshiftModel) state;
        model.apply(intervention);
    }

    /** Applies the intervention's changes to the model; returns the insiders arrested by its shock. */
    static int applyTo(PortshiftModel model, Intervention i) {
        if (i.ports() != null) {
            for (Map.Entry<String, PortControls> e : i.ports().entrySet()) {
                Port port = model.world().port(e.getKey());
                port.setControls(e.getValue().over(port.controls()));
            }
        }
        if (i.screening() != null) {
            model.setScreening(i.screening().over(model.screening()));
        }
        if (i.alliance() != null) {
            model.controls().change(i.alliance());
        }
        int arrested = 0;
        if (i.exposeInsiders() != null) {
            for (String id : i.exposeInsiders().ports()) {
                arrested += model.insiders(model.world().port(id)).exposeShare(i.exposeInsiders().share(), model.random);
            }
        }
        return arrested;
    }
}
