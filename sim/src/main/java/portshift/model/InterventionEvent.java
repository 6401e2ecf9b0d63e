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
        for (Map.Entry<String, ControlsChange> e : i.ports().entrySet()) {
            Port port = model.world().port(e.getKey());
            model.setControls(port, e.getValue().applyTo(port.controls()));
        }
        if (i.riskCountries() != null || i.riskCountryFirst() != null) {
            ScreeningRules s = model.screening();
            model.setScreening(new ScreeningRules(i.riskCountries() != null ? i.riskCountries() : s.riskCountries(),
                    i.riskCountryFirst() != null ? i.riskCountryFirst() : s.riskCountryFirst()));
        }
        if (i.alliance() != null) {
            model.setAlliance(i.alliance().applyTo(model.alliance()));
        }
        int arrested = 0;
        for (String id : i.exposePorts()) {
            arrested += model.exposeInsiders(model.world().port(id), i.exposeShare());
        }
        return arrested;
    }
}
