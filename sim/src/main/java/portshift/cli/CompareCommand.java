package portshift.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import portshift.analysis.Comparison;
import portshift.analysis.InterventionWindow;
import portshift.analysis.Metric;
import portshift.analysis.MetricComparison;
import portshift.analysis.RunOutcomes;
import portshift.experiment.AtomicFiles;
import portshift.experiment.ComparisonFile;
import portshift.experiment.Experiment;
import portshift.experiment.Outcomes;
import portshift.experiment.TimeSeriesFile;
import portshift.map.MapFile;
import portshift.report.ComparisonTable;
import portshift.report.Figures;
import portshift.scenario.LoadedScenario;
import portshift.scenario.ScenarioException;
import portshift.scenario.Sweep;

/** {@code portshift compare [A B]}: the Alliance of European Ports against no coordination, over replications. */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = "Run scenarios A and B for R replications each (replication r of A and of B share a seed) and "
                + "compare their outcomes with 95%% confidence intervals. Writes runs.csv, ports.csv, comparison.csv, "
                + "timeseries.csv, map.geojson, figures/ and manifest.json.")
final class CompareCommand extends Subcommand {
    @Parameters(index = "0", arity = "0..1", paramLabel = "A", defaultValue = "scenarios/no-coordination.yaml",
            description = "scenario A (default: ${DEFAULT-VALUE})")
    Path a;

    @Parameters(index = "1", arity = "0..1", paramLabel = "B", defaultValue = "scenarios/alliance.yaml",
            description = "scenario B (default: ${DEFAULT-VALUE})")
    Path b;

    @Mixin
    ExperimentOptions options;

    @Option(names = {"-r", "--replications"}, defaultValue = "30", paramLabel = "R",
            description = "replications per scenario (default: ${DEFAULT-VALUE})")
    void replications(int r) {
        options.replications = r;
    }

    @Override
    public Integer call() throws IOException {
        options.check(2, " to compare with confidence intervals");
        LoadedScenario sa = Sweep.refused(LoadedScenario.load(a), "compare");
        LoadedScenario sb = Sweep.refused(LoadedScenario.load(b), "compare");
        String nameA = sa.config().scenario();
        String nameB = sb.config().scenario();
        if (nameA.equals(nameB)) {
            throw new ScenarioException(b + ": name: A and B are both called '" + nameA + "'; give them different names");
        }
        String worlds = SameWorld.difference(sa.config(), sb.config());
        if (worlds != null) {
            throw new ScenarioException(b + ": world: A and B must share one world to be compared port by port; " + worlds);
        }
        Path dir = options.folder("compare-" + sa.stem() + "-vs-" + sb.stem());
        List<Sweep.Variant> variants = List.of(new Sweep.Variant(nameA, sa), new Sweep.Variant(nameB, sb));
        Limits.runs(variants.size(), options.replications, options);
        Experiment experiment = new Experiment("compare", variants, options.replications, options.seed);
        ExperimentExecution.Done done = ExperimentExecution.run(experiment, dir, options, this);
        if (done == null) {
            return 0;
        }
        Map<String, List<RunOutcomes>> runs = done.runs();
        List<MetricComparison> rows = paired(runs.get(nameA), runs.get(nameB));
        Map<String, List<Map<Metric, Double>>> outcomes = new LinkedHashMap<>();
        runs.forEach((name, list) -> outcomes.put(name, list.stream().map(RunOutcomes::values).toList()));
        AtomicFiles.write(dir.resolve("comparison.csv"), ComparisonFile.render(nameA, nameB, rows));
        AtomicFiles.write(dir.resolve("timeseries.csv"), TimeSeriesFile.render(done.shards()));
        AtomicFiles.write(dir.resolve("map.geojson"), MapFile.geoJson(sa.config().world().ports(),
                sa.config().world().routes()));
        Map<String, InterventionWindow> interventions = new LinkedHashMap<>();
        for (Sweep.Variant v : variants) {
            Outcomes.windows(v.scenario().config()).stream().findFirst().ifPresent(w -> interventions.put(v.name(), w));
        }
        Figures.comparison(dir.resolve("figures"), nameA, nameB, done.shards(), outcomes, rows, interventions);
        ExperimentExecution.manifest("compare", experiment, dir, options, done);
        out().print(ComparisonTable.render(nameA, nameB, options.replications, rows));
        out().printf("results in %s (%d runs, %.1f s)%n", Printable.of(dir.toString()), experiment.tasks().size(),
                done.seconds());
        return 0;
    }

    /** The comparison, or one line saying why the runs of A and B do not pair up by replication and seed. */
    private static List<MetricComparison> paired(List<RunOutcomes> a, List<RunOutcomes> b) {
        try {
            return Comparison.of(a, b);
        } catch (IllegalArgumentException e) {
            throw new ScenarioException("compare: " + e.getMessage());
        }
    }
}
