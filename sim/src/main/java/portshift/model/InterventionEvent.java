package portshift.model;

import java.util.List;
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
            model.controls().change(i.alliance(), model.today());
        }
        if (i.equipment() != null) {
            addScanners(model, i.equipment());
        }
        int arrested = 0;
        if (i.exposeInsiders() != null) {
            arrested += expose(model, i.exposeInsiders().ports(), i.exposeInsiders().share());
        }
        if (i.vetting() != null) {
            Vetting v = i.vetting();
            for (String id : v.ports()) {
                Port port = model.world().port(id);
                double raised = Math.min(1, port.controls().antiCorruption() + v.antiCorruptionRise());
                port.setControls(port.controls().withAntiCorruption(raised));
            }
            arrested += expose(model, v.ports(), v.exposedShare());
        }
        return arrested;
    }

    private static void addScanners(PortshiftModel model, Equipment money) {
        List<Port> ports = money.ports().stream().map(id -> model.world().port(id)).toList();
        int[] added = money.shareOut(ports);
        for (int k = 0; k < added.length; k++) {
            Port port = ports.get(k);
            port.setControls(port.controls().withScanners(port.controls().scanners() + added[k]));
        }
    }

    private static int expose(PortshiftModel model, List<String> ports, double share) {
        int arrested = 0;
        for (String id : ports) {
            arrested += model.insiders(model.world().port(id)).exposeShare(share, model.random);
        }
        return arrested;
    }
}
