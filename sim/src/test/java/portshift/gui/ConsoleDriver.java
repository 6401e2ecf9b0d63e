package portshift.gui;

import java.nio.file.Path;

import javax.swing.SwingUtilities;

import portshift.scenario.LoadedScenario;
import sim.display.Console;

/**
 * Drives the real MASON Console the way a user does: play, change levers mid-run, pause, resume,
 * stop, play again from the start, stop. Run in its own JVM under Xvfb by {@link ConsoleTest}.
 */
public final class ConsoleDriver {
    private ConsoleDriver() {
    }

    public static void main(String[] args) {
        try {
            drive(args);
        } catch (Exception e) {
            System.out.println("UNCAUGHT in main: " + e);
            e.printStackTrace(System.out);
            System.exit(1);
        }
        System.exit(0);
    }

    private static void drive(String[] args) throws Exception {
        Thread.setDefaultUncaughtExceptionHandler((t, e) -> {
            System.out.println("UNCAUGHT in " + t.getName() + ": " + e);
            e.printStackTrace(System.out);
        });
        PortshiftWithUI gui = new PortshiftWithUI(LoadedScenario.load(Path.of(args[0])), 1);
        gui.writeResultsTo(Path.of(args[1]));
        Console[] console = new Console[1];
        SwingUtilities.invokeAndWait(() -> {
            console[0] = new Console(gui);
            console[0].setVisible(true);
        });
        LeverPanel levers = (LeverPanel) gui.getSimulationInspectedObject();
        System.out.println("before start: " + levers.getDate() + ", scanners " + levers.getScannersAtPort());
        console[0].pressPlay();
        Thread.sleep(1500);
        SwingUtilities.invokeAndWait(() -> {
            levers.select("ROTTERDAM");
            levers.setScannersAtPort(7);
            levers.setAntiCorruptionAtPort(0.6);
            levers.setAllianceOn(true);
            levers.setHarmonization(0.5);
            levers.setSharedIntelligence(true);
        });
        Thread.sleep(800);
        console[0].pressPause();
        long paused = gui.model().schedule.getSteps();
        Thread.sleep(300);
        System.out.println("paused: steps did not move " + (gui.model().schedule.getSteps() == paused));
        System.out.println("applied: " + gui.model().appliedInterventions().size() + " interventions; "
                + levers.getInterventionsApplied());
        System.out.println("Rotterdam scanners " + gui.model().world().port("ROTTERDAM").controls().scanners()
                + ", alliance " + gui.model().alliance().members().size() + " members, h "
                + gui.model().alliance().harmonization());
        console[0].pressPause();
        Thread.sleep(500);
        console[0].pressStop();
        Thread.sleep(300);
        String manifest = java.nio.file.Files.readString(Path.of(args[1], "manifest.json"));
        System.out.println("manifest after the first stop logs the lever change: "
                + manifest.contains("Model tab: scanners at ROTTERDAM set to 7"));
        console[0].pressPlay();
        Thread.sleep(1000);
        System.out.println("restarted: day " + gui.model().today() + ", applied " + gui.model().appliedInterventions().size());
        console[0].pressStop();
        Thread.sleep(300);
        System.out.println("done");
    }
}
