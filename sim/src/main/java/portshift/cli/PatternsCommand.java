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
import portshift.experiment.AtomicFiles;
import portshift.experiment.OutputFolder;
import portshift.model.ModelConfig;
import portshift.scenario.LoadedScenario;
import portshift.scenario.ScenarioException;

/** {@code portshift patterns}: the pattern-oriented validation of the default world. */
@Command(name = "patterns", mixinStandardHelpOptions = true,
        description = "Check the seven patterns of the real trade (docs/validation.md) on the default world: one row per pattern "
                + "with its measure, expectation, the rule that decides it (a pattern passes when the 95%% confidence interval "
                + "of each of its measures clears its threshold), observation (mean and 95%% CI) and PASS or FAIL; writes "
                + "patterns.csv, and patterns.md, the table for docs/validation.md.")
final class PatternsCommand extends Subcommand {
    @Option(names = {"-r", "--replications"}, defaultValue = "20", description = "replications per variant (default: ${DEFAULT-VALUE})")
    int replications;

    @Option(names = "--seed", defaultValue = "1", description = "base seed (default: ${DEFAULT-VALUE})")
    long seed;

    @Mixin
    WorkerThreads threads;

    @Option(names = "--scenarios", defaultValue = "scenarios",
            description = "folder of the shipped scenarios and the pattern variants, pattern-*.yaml (default: ${DEFAULT-VALUE})")
    Path scenarios;

    @Option(names = "--out", paramLabel = "DIR", description = "output folder (default: results/patterns-<seed>-<R>/)")
    Path outDir;

    @Override
    public Integer call() throws IOException {
        if (replications < 2) {
            throw new ScenarioException("--replications: expected at least 2 for confidence intervals, found " + replications);
        }
        Limits.count("--replications", replications, 2, Limits.MAX_REPLICATIONS);
        threads.count();
        PatternInputs inputs = PatternInputs.load(this::load);
        Path dir = OutputFolder.prepare(outDir != null ? outDir : Path.of("results", "patterns-" + seed + "-" + replications),
                "patterns");
        List<PatternResult> rows = new Patterns().run(inputs, replications, seed, threads.count());
        AtomicFiles.write(dir.resolve("patterns.csv"), PatternTable.csv(rows));
        AtomicFiles.write(dir.resolve("patterns.md"), PatternTable.markdown(rows));
        out().print(PatternTable.render(rows, replications));
        out().println(Printable.of("patterns.csv and patterns.md in " + dir));
        return 0;
    }

    private ModelConfig load(String name) {
        return LoadedScenario.load(scenarios.resolve(name)).config();
    }
}
