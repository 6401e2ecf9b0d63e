package portshift.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import portshift.analysis.Metric;
import portshift.analysis.Outcome;
import portshift.experiment.AtomicFiles;
import portshift.experiment.Experiment;
import portshift.experiment.SummaryFile;
import portshift.experiment.VariantsFile;
import portshift.report.Figures;
import portshift.scenario.LoadedScenario;
import portshift.scenario.ScenarioException;
import portshift.scenario.Sweep;

/** {@code portshift batch SCENARIO...}: every scenario and every variant of their sweeps, R replications each. */
@Command(name = "batch", mixinStandardHelpOptions = true,
        description = "Run scenarios, and every variant of their sweep:, for R replications each. Writes runs.csv, "
                + "ports.csv, summary.csv (mean and 95%% CI per variant and outcome), variants.csv (each variant's swept "
                + "values), figures/ and manifest.json.")
final class BatchCommand extends Subcommand {
    @Parameters(arity = "1..*", paramLabel = "SCENARIO", description = "scenario files")
    List<Path> scenarios;

    @Mixin
    ExperimentOptions options;

    @Mixin
    WorldsOptions worlds;

    @Option(names = {"-r", "--replications"}, defaultValue = "30", paramLabel = "R",
            description = "replications per scenario (default: ${DEFAULT-VALUE}; with --worlds, 2 per world)")
    void replications(int r) {
        options.replications = r;
    }

    /** One scenario file's variants, and the stem its output folder is named after. */
    private record Expanded(String stem, List<Sweep.Variant> variants) {
    }

    @Override
    public Integer call() throws IOException {
        worlds.check();
        if (worlds.given() && !spec.commandLine().getParseResult().hasMatchedOption("--replications")) {
            options.replications = CompareCommand.WORLD_REPLICATIONS;
        }
        options.check(1, "");
        List<Expanded> expanded = ScenarioException.collecting(scenarios, file -> {
            LoadedScenario loaded = LoadedScenario.load(file);
            return new Expanded(loaded.stem(), Sweep.expand(loaded));
        });
        List<Sweep.Variant> variants = expanded.stream().flatMap(x -> x.variants().stream()).toList();
        List<String> stems = expanded.stream().map(Expanded::stem).toList();
        Set<String> names = new HashSet<>();
        for (Sweep.Variant v : variants) {
            if (!names.add(v.name())) {
                throw new ScenarioException(v.scenario().file() + ": name: two scenarios are called '" + v.name()
                        + "'; give each a name of its own");
            }
        }
        if (worlds.given()) {
            return new WorldsAnswer(this, "batch", options, worlds).run(variants.stream().map(Sweep.Variant::scenario)
                    .toList(), String.join("-", stems), Outcome.DELIVERED_EUROPE, 0);
        }
        Path dir = options.folder("batch-" + String.join("-", stems));
        Limits.runs(variants.size(), options.replications, options);
        Experiment experiment = new Experiment("batch", variants, options.replications, options.seed);
        ExperimentExecution.Done done = ExperimentExecution.run(experiment, dir, options, this);
        if (done == null) {
            return 0;
        }
        Map<String, List<Map<Metric, Double>>> outcomes = done.outcomes();
        AtomicFiles.write(dir.resolve("summary.csv"), SummaryFile.render(outcomes));
        AtomicFiles.write(dir.resolve("variants.csv"), VariantsFile.render(variants));
        Figures.batch(dir.resolve("figures"), variants, done.shards(), outcomes);
        ExperimentExecution.manifest("batch", experiment, dir, options, done);
        out().printf("%d variants x %d replications: results in %s (%.1f s)%n",
                variants.size(), options.replications, Printable.of(dir.toString()), done.seconds());
        return 0;
    }
}
