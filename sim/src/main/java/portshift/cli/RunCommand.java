package portshift.cli;

import java.nio.file.Path;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import portshift.experiment.OutputFolder;
import portshift.experiment.RunResult;
import portshift.experiment.RunWriter;
import portshift.report.RunTable;
import portshift.scenario.LoadedScenario;
import portshift.scenario.Sweep;

/** {@code portshift run SCENARIO}: one replication, headless. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Run one replication of a scenario headless and write ports.csv, runs.csv, routes.csv and manifest.json.")
final class RunCommand extends Subcommand {
    @Parameters(index = "0", paramLabel = "SCENARIO", description = "the scenario file, e.g. scenarios/baseline.yaml")
    Path scenario;

    @Mixin
    RandomSeed random;

    @Option(names = "--out", paramLabel = "DIR", description = "output folder (default: results/run-<scenario>-<seed>/)")
    Path outDir;

    @Override
    public Integer call() {
        LoadedScenario loaded = Sweep.refused(LoadedScenario.load(scenario), "run");
        Path dir = OutputFolder.prepare(outDir != null ? outDir : Path.of("results", "run-" + loaded.stem() + "-" + random.seed),
                "run");
        RunResult result = RunWriter.run(dir, loaded, random.seed);
        out().print(RunTable.render(result));
        out().printf("results in %s (%.1f s)%n", Printable.of(dir.toString()), result.seconds());
        return 0;
    }
}
