package portshift.analysis;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import portshift.model.PortMeasure;
import portshift.observe.PortMonth;

/**
 * The outcomes of one run by metric, in the order of their declaration in {@link Outcome}: those
 * runs.csv records, as recorded, and those computed from its port rows: the flow shares
 * ({@link FlowShares}) and the displacement quotient of each intervention.
 */
public final class RunMetrics {
    private RunMetrics() {
    }

    /**
     * @param run           the run's recorded outcomes and port rows
     * @param reference     the experiment's reference alliance and ports' countries, for the flow shares
     * @param interventions the run's interventions with European target ports
     */
    public static Map<Metric, Double> of(RecordedRun run, Reference reference, List<InterventionWindow> interventions) {
        Map<Metric, Double> out = new LinkedHashMap<>();
        for (Outcome o : Outcome.values()) {
            if (o.perIntervention()) {
                for (InterventionWindow w : interventions) {
                    out.put(new Metric(o, w.label()), o.of(run.ports(), reference, w));
                }
            } else if (o.compared()) {
                out.put(Metric.of(o), o.recorded() ? run.recorded().get(o) : o.of(run.ports(), reference, null));
            }
        }
        return out;
    }

    /**
     * The target and buffer flows in the year before and the year from the intervention. The control
     * is the supply, which is constant in the model, so equal windows make it 1 on both sides; kg
     * sent from the export ports would not do, as they fall themselves when pressure deters.
     */
    public static Displacement displacement(List<PortMonth> ports, InterventionWindow w) {
        double[] target = new double[2];
        double[] buffer = new double[2];
        for (PortMonth m : ports) {
            int side = w.side(m.yearMonth());
            if (side < 0 || !"EUROPE".equals(m.region())) {
                continue;
            }
            if (w.targets().contains(m.port())) {
                target[side] += m.get(PortMeasure.ATTEMPTED_KG);
            } else {
                buffer[side] += m.get(PortMeasure.ATTEMPTED_KG);
            }
        }
        return new Displacement(target[0], target[1], buffer[0], buffer[1], 1, 1);
    }
}
