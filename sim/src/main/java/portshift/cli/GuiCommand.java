package portshift.cli;

import java.awt.GraphicsEnvironment;
import java.nio.file.Path;

import javax.swing.JOptionPane;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import portshift.gui.PortshiftWithUI;
import portshift.gui.Screenshot;
import portshift.scenario.LoadedScenario;
import portshift.scenario.ScenarioException;
import portshift.scenario.Sweep;
import sim.display.Console;

/** {@code portshift gui [SCENARIO]}: the MASON Console with the map, inspectors, levers and live charts. */
@Command(name = "gui", mixinStandardHelpOptions = true,
        description = "Open the MASON Console with the scenario loaded (default: the baseline). With --steps N "
                + "--screenshot FILE.png, run N days, write the map (FILE.png) and the charts (FILE-charts.png), and exit.")
final class GuiCommand extends Subcommand {
    @Parameters(index = "0", arity = "0..1", paramLabel = "SCENARIO", defaultValue = "scenarios/baseline.yaml",
            description = "scenario file (default: ${DEFAULT-VALUE})")
    Path scenario;

    @Mixin
    RandomSeed random;

    @Option(names = "--steps", paramLabel = "N", description = "with --screenshot: days to run first")
    Integer steps;

    @Option(names = "--screenshot", paramLabel = "FILE", description = "write a PNG of the map and exit")
    Path screenshot;

    @Option(names = "--out", paramLabel = "DIR",
            description = "write each run's results here when it stops, with the levers changed live in manifest.json")
    Path outDir;

    @Override
    public Integer call() throws Exception {
        if (GraphicsEnvironment.isHeadless()) {
            throw new ScenarioException("gui: no display; run it on a desktop, or under xvfb-run for --screenshot");
        }
        LoadedScenario loaded;
        try {
            loaded = Sweep.refused(LoadedScenario.load(scenario), "gui");
        } catch (ScenarioException e) {
            if (screenshot == null) {
                JOptionPane.showMessageDialog(null, String.join("\n", e.problems()), "portshift: scenario not loaded",
                        JOptionPane.ERROR_MESSAGE);
            }
            throw e;
        }
        PortshiftWithUI gui = new PortshiftWithUI(loaded, random.seed);
        if (outDir != null) {
            gui.writeResultsTo(outDir);
        }
        if (screenshot != null) {
            int n = Limits.count("--steps", steps == null ? 365 : steps, 0, Limits.MAX_DAYS);
            Path[] files = Screenshot.take(gui, n, screenshot);
            out().println(Printable.of("wrote " + files[0] + ", " + files[2] + " and " + files[1]));
            System.exit(0);
            return 0;
        }
        javax.swing.SwingUtilities.invokeAndWait(() -> new Console(gui).setVisible(true));
        Thread.currentThread().join();
        return 0;
    }
}
