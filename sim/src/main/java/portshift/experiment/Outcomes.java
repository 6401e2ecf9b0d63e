package portshift.experiment;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import portshift.analysis.InterventionWindow;
import portshift.analysis.Metric;
import portshift.analysis.RecordedRun;
import portshift.analysis.Reference;
import portshift.analysis.RunMetrics;
import portshift.analysis.RunOutcomes;
import portshift.model.Intervention;
import portshift.model.ModelConfig;
import portshift.model.PortSpec;
import portshift.model.Region;
import portshift.model.SimCalendar;
import portshift.observe.PortMonth;
import portshift.scenario.Sweep;

/** The outcomes of every run of an experiment, per variant in replication order. */
public final class Outcomes {
    private Outcomes() {
    }

    /**
     * @param reference the reference alliance and ports' countries of the flow shares
     * @param threads   how many threads read the runs
     */
    public static Map<String, List<Map<Metric, Double>>> of(Experiment experiment, BatchRunner.Shards shards,
                                                            Reference reference, int threads) {
        Map<String, List<Map<Metric, Double>>> out = new LinkedHashMap<>();
        runs(experiment, shards, reference, threads).forEach((scenario, runs) ->
                out.put(scenario, runs.stream().map(RunOutcomes::values).toList()));
        return out;
    }

    /**
     * The same, each run with its replication and seed, for comparisons that pair runs by their seed. Each run is
     * read on its own, on any of the threads; the outcomes are gathered in task order.
     */
    public static Map<String, List<RunOutcomes>> runs(Experiment experiment, BatchRunner.Shards shards,
                                                      Reference reference, int threads) {
        Map<String, List<InterventionWindow>> windows = new LinkedHashMap<>();
        for (Sweep.Variant v : experiment.variants()) {
            windows.put(v.name(), windows(v.scenario().config()));
        }
        List<ResultReader.RunRow> runs = ResultReader.runRows(shards.runRows());
        List<Supplier<RunOutcomes>> reading = new ArrayList<>();
        for (int i = 0; i < runs.size(); i++) {
            int k = i;
            ResultReader.RunRow run = runs.get(k);
            reading.add(() -> {
                // one run's port rows per thread at a time when they are not kept: an exploration's would not fit
                List<PortMonth> ports = shards.portMonths(k, run.scenario(), run.replication());
                return new RunOutcomes(run.replication(), run.seed(), RunMetrics.of(new RecordedRun(run.outcomes(),
                        ports), reference, windows.getOrDefault(run.scenario(), List.of())));
            });
        }
        List<RunOutcomes> read = Concurrently.map(threads, reading);
        Map<String, List<RunOutcomes>> out = new LinkedHashMap<>();
        for (int i = 0; i < read.size(); i++) {
            out.computeIfAbsent(runs.get(i).scenario(), k -> new ArrayList<>()).add(read.get(i));
        }
        return out;
    }

    /** The interventions of a configuration that changed European ports, as displacement windows. */
    public static List<InterventionWindow> windows(ModelConfig config) {
        Set<String> europe = new HashSet<>();
        for (PortSpec p : config.world().ports()) {
            if (p.region() == Region.EUROPE) {
                europe.add(p.id());
            }
        }
        SimCalendar calendar = new SimCalendar(config.start());
        List<InterventionWindow> out = new ArrayList<>();
        for (Intervention i : config.interventions()) {
            Set<String> targets = new HashSet<>(i.portIds());
            targets.retainAll(europe);
            if (!targets.isEmpty()) {
                out.add(new InterventionWindow(i.name(), calendar.month(config.dayOf(i)), targets));
            }
        }
        return out;
    }

    /**
     * The reference of the variants' flow shares: every port that is an alliance member at the start or
     * after any intervention, in any variant, and every port's country.
     */
    public static Reference reference(List<Sweep.Variant> variants) {
        Map<String, String> countries = new java.util.TreeMap<>();
        for (Sweep.Variant v : variants) {
            for (PortSpec p : v.scenario().config().world().ports()) {
                countries.put(p.id(), p.facts().country());
            }
        }
        return new Reference(allianceMembers(variants), countries);
    }

    /** Every port that is an alliance member at the start or after any intervention, in any variant. */
    static Set<String> allianceMembers(List<Sweep.Variant> variants) {
        Set<String> members = new java.util.TreeSet<>();
        for (Sweep.Variant v : variants) {
            ModelConfig c = v.scenario().config();
            members.addAll(c.alliance().members());
            for (Intervention i : c.interventions()) {
                if (i.alliance() != null && i.alliance().members() != null) {
                    members.addAll(i.alliance().members());
                }
            }
        }
        return members;
    }
}
