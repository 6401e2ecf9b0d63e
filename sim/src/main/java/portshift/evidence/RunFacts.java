package portshift.evidence;

import java.time.YearMonth;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import portshift.analysis.FlowShares;
import portshift.experiment.RunResult;
import portshift.model.Intervention;
import portshift.model.ModelConfig;
import portshift.model.PortControls;
import portshift.model.PortMeasure;
import portshift.model.PortSpec;
import portshift.model.SimCalendar;
import portshift.observe.PortMonth;
import portshift.observe.PortYears;

/** Per-run facts the pattern checks and the calibration read from a run's monthly port rows, after the warm-up. */
final class RunFacts {
    /**
     * Bounds of the weak-link share that pattern 4 reports beside its measure ({@link FlowShares#belowScreening}): a
     * European port screening less than this share of its containers in a month is lightly controlled that month.
     * The bound is an assumption, so the share is shown at three.
     */
    static final List<Double> WEAK_SCREENING = List.of(0.02, FlowShares.LOW_SCREENING, 0.06);

    private RunFacts() {
    }

    /** Seized tonnes a year per European port (and per country group), after the warm-up. */
    static Map<String, Double> seizedTonnesPerYear(RunResult run) {
        Map<String, Double> out = new HashMap<>(PortYears.seizedTonnesInEurope(run.ports()));
        Targets.GROUPS.forEach((group, ports) ->
                out.put(group, ports.stream().mapToDouble(p -> out.getOrDefault(p, 0.0)).sum()));
        return out;
    }

    /** Share of European seizures at the three ports that seized most. */
    static double topThreeShare(RunResult run) {
        Map<String, Double> seized = seizedTonnesPerYear(run);
        Targets.GROUPS.keySet().forEach(seized::remove);
        double total = seized.values().stream().mapToDouble(Double::doubleValue).sum();
        double top = seized.values().stream().sorted((a, b) -> Double.compare(b, a)).limit(3)
                .mapToDouble(Double::doubleValue).sum();
        return total > 0 ? top / total : 0;
    }

    /** The European port that seized most. */
    static String largestSeizurePort(RunResult run) {
        Map<String, Double> seized = seizedTonnesPerYear(run);
        Targets.GROUPS.keySet().forEach(seized::remove);
        return seized.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse("");
    }

    /** Tonnes a year that reached each export port's inspection. */
    static Map<String, Double> exportedTonnesPerYear(List<PortMonth> months) {
        Map<String, Double> kg = new HashMap<>();
        Set<String> reported = new HashSet<>();
        for (PortMonth m : months) {
            if (m.reported()) {
                reported.add(m.month());
                if ("EXPORT".equals(m.role())) {
                    kg.merge(m.port(), m.get(PortMeasure.ATTEMPTED_KG), Double::sum);
                }
            }
        }
        double years = reported.size() / 12.0;
        Map<String, Double> out = new HashMap<>();
        kg.forEach((port, v) -> out.put(port, years > 0 ? v / 1000 / years : 0));
        return out;
    }

    /**
     * Of the kilograms seized from loads that left the given export ports, the share seized at those ports
     * themselves (the rest was seized at a hub or in Europe); NaN if none was seized.
     */
    static double originSeizedShare(List<PortMonth> months, Collection<String> ports) {
        double atOrigin = 0;
        double later = 0;
        for (PortMonth m : months) {
            if (m.reported() && ports.contains(m.port())) {
                atOrigin += m.get(PortMeasure.SEIZED_KG);
                later += m.get(PortMeasure.SEIZED_LATER_KG);
            }
        }
        return atOrigin + later > 0 ? atOrigin / (atOrigin + later) : Double.NaN;
    }

    /** Per port, kilograms seized there over kilograms that reached its inspection; NaN where none did. */
    static Map<String, Double> interception(List<PortMonth> months) {
        Map<String, double[]> kg = new HashMap<>();
        for (PortMonth m : months) {
            if (m.reported()) {
                double[] k = kg.computeIfAbsent(m.port(), p -> new double[2]);
                k[0] += m.get(PortMeasure.SEIZED_KG);
                k[1] += m.get(PortMeasure.ATTEMPTED_KG);
            }
        }
        Map<String, Double> out = new HashMap<>();
        kg.forEach((port, k) -> out.put(port, k[1] > 0 ? k[0] / k[1] : Double.NaN));
        return out;
    }

    /**
     * Scanners a variant adds to its parent: over the interventions of the variant that its parent does not have,
     * each port's new scanner count minus the count in force just before (its controls at the start, changed by the
     * variant's earlier interventions).
     */
    static int addedScanners(ModelConfig variant, ModelConfig parent) {
        Map<String, PortControls> now = new HashMap<>();
        for (PortSpec p : variant.world().ports()) {
            now.put(p.id(), p.controls());
        }
        int added = 0;
        for (Intervention i : variant.interventions()) {
            if (i.ports() == null) {
                continue;
            }
            boolean own = !parent.interventions().contains(i);
            for (Map.Entry<String, PortControls> change : i.ports().entrySet()) {
                PortControls before = now.get(change.getKey());
                if (own && change.getValue().scanners() != null) {
                    added += change.getValue().scanners() - before.scanners();
                }
                now.put(change.getKey(), change.getValue().over(before));
            }
        }
        return added;
    }

    /**
     * The month of the one intervention a variant adds to its parent (pattern variants each add one).
     *
     * @throws IllegalArgumentException if the variant adds none or more than one
     */
    static YearMonth ownInterventionMonth(ModelConfig variant, ModelConfig parent) {
        return new SimCalendar(variant.start()).month(variant.dayOf(ownIntervention(variant, parent)));
    }

    private static Intervention ownIntervention(ModelConfig variant, ModelConfig parent) {
        List<Intervention> own = variant.interventions().stream().filter(i -> !parent.interventions().contains(i))
                .toList();
        if (own.size() != 1) {
            throw new IllegalArgumentException(variant.scenario() + ": expected one intervention of its own over "
                    + parent.scenario() + ", found " + own.size());
        }
        return own.get(0);
    }

    /** The names of the ports whose controls the one intervention a variant adds to its parent changes. */
    static List<String> changedPorts(ModelConfig variant, ModelConfig parent) {
        Intervention own = ownIntervention(variant, parent);
        Map<String, String> names = new HashMap<>();
        variant.world().ports().forEach(p -> names.put(p.id(), p.name()));
        return own.ports() == null ? List.of() : own.ports().keySet().stream().map(names::get).toList();
    }

    static double[] each(List<RunResult> runs, java.util.function.ToDoubleFunction<RunResult> f) {
        return runs.stream().mapToDouble(f).toArray();
    }
}
