package portshift.evidence;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import portshift.experiment.RunResult;
import portshift.observe.PortMonth;
import portshift.observe.PortYears;

/** Per-run facts the pattern checks and the calibration read from a run's monthly port rows. */
final class RunFacts {
    /** A European port screening less than this share of its containers in a month is a weak link (assumption). */
    static final double WEAK_SCREENING = 0.03;

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

    /** Share of kilograms sent to European ports that went to ports screening under {@link #WEAK_SCREENING} that month. */
    static double weakLinkShare(RunResult run) {
        double weak = 0;
        double all = 0;
        for (PortMonth m : run.ports()) {
            if (m.reported() && "EUROPE".equals(m.region())) {
                all += m.attemptedKg();
                double screened = m.containersHandled() > 0 ? m.containersScreened() / m.containersHandled() : 0;
                if (screened < WEAK_SCREENING) {
                    weak += m.attemptedKg();
                }
            }
        }
        return all > 0 ? weak / all : 0;
    }

    static double[] each(List<RunResult> runs, java.util.function.ToDoubleFunction<RunResult> f) {
        return runs.stream().mapToDouble(f).toArray();
    }
}
