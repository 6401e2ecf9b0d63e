package portshift.evidence;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import portshift.analysis.Outcome;
import portshift.experiment.RunResult;
import portshift.model.ModelConfig;
import portshift.model.PortRole;
import portshift.model.PortSpec;

/** The model's figure for every measure a target can name (a scenario's targets), from runs, after the warm-up. */
public final class ModelFigures {
    /** The Europe-wide targets that are outcomes of a run, named among the targets by the outcome's column. */
    static final List<Outcome> EUROPE_WIDE = List.of(Outcome.INTERCEPTION_RATE, Outcome.SCREENED_SHARE);

    private ModelFigures() {
    }

    /** The figures of one run of the given configuration, by target name. */
    public static Map<String, Double> of(RunResult run, ModelConfig config) {
        Map<String, Double> out = new LinkedHashMap<>();
        RunFacts.seizedTonnesPerYear(run).forEach((place, t) -> out.put("seized_t:" + place, t));
        Map<String, Double> exported = RunFacts.exportedTonnesPerYear(run.ports());
        Map<String, List<String>> byCountry = new LinkedHashMap<>();
        for (PortSpec p : config.world().ports()) {
            if (p.facts().role() == PortRole.EXPORT) {
                out.put("exported_t:" + p.id(), exported.getOrDefault(p.id(), 0.0));
                byCountry.computeIfAbsent(p.facts().country(), c -> new ArrayList<>()).add(p.id());
            }
        }
        byCountry.forEach((country, ports) -> out.put("origin_share:" + country, RunFacts.originSeizedShare(run.ports(), ports)));
        RunFacts.interception(run.ports()).forEach((port, share) -> out.put("interception:" + port, share));
        for (Outcome o : EUROPE_WIDE) {
            out.put(o.column(), run.summary().get(o));
        }
        return out;
    }

    /** Per name, the mean over runs of the defined (finite) figures; NaN where no run defines it. */
    public static Map<String, Double> mean(List<Map<String, Double>> runs) {
        Set<String> names = new TreeSet<>();
        runs.forEach(r -> names.addAll(r.keySet()));
        Map<String, Double> out = new LinkedHashMap<>();
        for (String name : names) {
            double sum = 0;
            int n = 0;
            for (Map<String, Double> r : runs) {
                Double v = r.get(name);
                if (v != null && Double.isFinite(v)) {
                    sum += v;
                    n++;
                }
            }
            out.put(name, n > 0 ? sum / n : Double.NaN);
        }
        return out;
    }
}
