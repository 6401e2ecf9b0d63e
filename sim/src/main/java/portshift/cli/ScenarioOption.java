package portshift.cli;

import java.nio.file.Path;

import picocli.CommandLine.Option;
import portshift.scenario.LoadedScenario;

/** The scenario studied by the commands that work on one world, the baseline unless told otherwise. */
final class ScenarioOption {
    @Option(names = "--scenario", defaultValue = "scenarios/baseline.yaml", description = "scenario (default: ${DEFAULT-VALUE})")
    Path scenario;

    LoadedScenario load() {
        return LoadedScenario.load(scenario);
    }
}
