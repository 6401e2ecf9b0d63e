package portshift.cli;

import java.nio.file.Path;
import java.util.List;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import portshift.scenario.DeclaredTargets;
import portshift.scenario.LoadedScenario;
import portshift.scenario.ScenarioException;
import portshift.scenario.SearchSpace;
import portshift.scenario.Sweep;

/** {@code portshift validate FILE...}: checks scenario files without running them. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check scenario files (and every variant of their sweep) without running them. "
                + "Prints 'ok' per valid file, or every mistake found; exits 2 if any file has one.")
final class ValidateCommand extends Subcommand {
    @Parameters(arity = "1..*", paramLabel = "FILE", description = "scenario files")
    List<Path> files;

    @Override
    public Integer call() {
        int status = 0;
        for (Path file : files) {
            try {
                LoadedScenario loaded = LoadedScenario.load(file);
                int variants = Sweep.check(loaded);
                SearchSpace space = SearchSpace.of(loaded);
                int uncertainties = space.explore().size();
                int parameters = space.calibrate().size();
                int targets = DeclaredTargets.of(loaded).size();
                out().println(Printable.of(file + ": ok") + (variants > 1 ? " (" + variants + " sweep variants)" : "")
                        + (uncertainties > 0 ? " (" + uncertainties + " uncertainties to explore)" : "")
                        + (parameters > 0 ? " (" + parameters + " parameters to calibrate)" : "")
                        + (targets > 0 ? " (" + targets + " targets)" : ""));
            } catch (ScenarioException e) {
                e.problems().forEach(p -> err().println("portshift: " + p));
                status = Main.USER_ERROR;
            }
        }
        return status;
    }
}
