package portshift.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import portshift.evidence.PatternInputs;
import portshift.evidence.PatternResult;
import portshift.evidence.PatternTable;
import portshift.evidence.Patterns;
import portshift.evidence.Targets;
import portshift.experiment.AtomicFiles;
import portshift.experiment.Experiment;
import portshift.experiment.RecordedResults;
import portshift.scenario.LoadedScenario;
import portshift.scenario.ScenarioException;
import portshift.scenario.Sweep;

/** {@code portshift patterns}: the pattern-oriented validation of the default world. */
@Command(name = "patterns", mixinStandardHelpOptions = true,
        description = "Check the seven patterns of the real trade (docs/validation.md) on the default world: one row per pattern "
                + "with its measure, expectation, the rule that decides it (a pattern passes when the 95%% confidence interval "
                + "of each of its measures clears its threshold), observation (mean and 95%% CI) and PASS or FAIL; writes "
                + "patterns.csv, and patterns.md, the table for docs/validation.md.")
final class PatternsCommand extends Subcommand {
    @Option(names = "--scenarios", defaultValue = "scenarios",
            description = "folder of the shipped scenarios and the pattern variants, pattern-*.yaml (default: ${DEFAULT-VALUE})")
    Path scenarios;

    @Mixin
    ExperimentOptions options;

    @Option(names = {"-r", "--replications"}, defaultValue = "20", paramLabel = "R",
            description = "replications per variant (default: ${DEFAULT-VALUE})")
    void replications(int r) {
        options.replications = r;
    }

    @Override
    public Integer call() throws IOException {
        options.check(2, " for confidence intervals");
        List<Path> files = PatternInputs.FILES.stream().map(scenarios::resolve).toList();
        List<LoadedScenario> loaded = ScenarioException.collecting(files,
                f -> Sweep.refused(LoadedScenario.load(f), "patterns"));
        PatternInputs inputs = PatternInputs.load(name -> loaded.get(PatternInputs.FILES.indexOf(name)).config());
        Targets targets = Targets.of(LoadedScenario.load(scenarios.resolve(PatternInputs.TARGETS)));
        try {
            Patterns.check(inputs);
        } catch (IllegalArgumentException e) {
            throw new ScenarioException(scenarios + ": " + e.getMessage());
        }
        List<Sweep.Variant> variants = loaded.stream().map(l -> new Sweep.Variant(l.config().scenario(), l)).toList();
        Limits.runs(variants.size(), options.replications, options);
        Path dir = options.folder("patterns-" + options.seed + "-" + options.replications);
        Experiment experiment = new Experiment("patterns", variants, options.replications, options.seed);
        ExperimentExecution.Done done = ExperimentExecution.run(experiment, dir, options, this);
        if (done == null) {
            return 0;
        }
        List<PatternResult> rows = new Patterns(targets).evaluate(inputs, RecordedResults.of(experiment, done.shards()));
        AtomicFiles.write(dir.resolve("patterns.csv"), PatternTable.csv(rows));
        AtomicFiles.write(dir.resolve("patterns.md"), PatternTable.markdown(rows));
        ExperimentExecution.manifest("patterns", experiment, dir, options, done);
        out().print(PatternTable.render(rows, options.replications));
        out().println(Printable.of("patterns.csv and patterns.md in " + dir));
        return 0;
    }
}
