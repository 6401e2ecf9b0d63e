package portshift.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import portshift.experiment.OutputFolder;
import portshift.experiment.RunResult;
import portshift.experiment.RunWriter;
import portshift.report.RunTable;
import portshift.scenario.LoadedScenario;
import portshift.scenario.Sweep;

/** {@code portshift run SCENARIO}: one replication, headless. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Run one replication of a scenario headless and write ports.csv, runs.csv, routes.csv and manifest.json.")
final class RunCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "SCENARIO", description = "the scenario file, e.g. scenarios/baseline.yaml")
    Path scenario;

    @Option(names = "--seed", defaultValue = "1", description = "random seed (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--out", paramLabel = "DIR", description = "output folder (default: results/run-<scenario>-<seed>/)")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        LoadedScenario loaded = LoadedScenario.load(scenario);
        int variants = Sweep.expand(loaded).size();
        Path dir = OutputFolder.prepare(out != null ? out : Path.of("results", "run-" + loaded.stem() + "-" + seed));
        RunResult result = RunWriter.run(dir, loaded, seed);
        spec.commandLine().getOut().print(RunTable.render(result));
        spec.commandLine().getOut().printf("results in %s (%.1f s)%n", dir, result.seconds());
        if (variants > 1) {
            spec.commandLine().getOut().printf("note: %s has a sweep of %d variants; run ran the scenario without it%n",
                    scenario, variants);
        }
        return 0;
    }
}
