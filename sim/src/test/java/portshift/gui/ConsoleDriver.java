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

    /** The visible windows: how many, whether any two overlap, whether all lie on the screen. */
    private static String windows() {
        java.util.List<java.awt.Rectangle> shown = new java.util.ArrayList<>();
        for (java.awt.Frame f : java.awt.Frame.getFrames()) {
            if (f.isVisible()) {
                shown.add(f.getBounds());
            }
        }
        java.awt.Rectangle screen = java.awt.GraphicsEnvironment.getLocalGraphicsEnvironment().getMaximumWindowBounds();
        int overlaps = 0;
        boolean inside = true;
        for (int i = 0; i < shown.size(); i++) {
            inside &= screen.contains(shown.get(i));
            for (int j = i + 1; j < shown.size(); j++) {
                overlaps += shown.get(i).intersects(shown.get(j)) ? 1 : 0;
            }
        }
        return "windows: " + shown.size() + ", overlapping pairs " + overlaps + ", on the screen " + inside;
    }

    /** Whether the Atlantic map, painted before Play, shows a port's circle (not sea or land) where it draws Antwerp. */
    private static boolean antwerpDrawn(PortshiftWithUI gui) {
        MapWindow atlantic = gui.maps().get(0);
        java.awt.Dimension size = gui.display.insideDisplay.getPreferredSize();
        gui.display.insideDisplay.setSize(size);
        java.awt.image.BufferedImage image = gui.display.insideDisplay.paint(null, true, false);
        java.awt.geom.Point2D.Double at = atlantic.pixel(gui.world().port("ANTWERP"));
        int rgb = image.getRGB((int) at.x, (int) at.y);
        return rgb != MapLayers.SEA.getRGB() && rgb != MapLayers.LAND.getRGB();
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
        SwingUtilities.invokeAndWait(() -> System.out.println(windows()));
        Object about = PortshiftWithUI.getInfo();
        System.out.println("about: " + (about.toString().length() > 1500) + ", links the model: "
                + about.toString().contains("docs/model.md"));
        SwingUtilities.invokeAndWait(() -> System.out.println("before play, Antwerp drawn: " + antwerpDrawn(gui)));
        press(console[0]::pressPlay);
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
        press(console[0]::pressPause);
        long paused = gui.model().schedule.getSteps();
        Thread.sleep(300);
        System.out.println("paused: steps did not move " + (gui.model().schedule.getSteps() == paused));
        System.out.println("applied: " + gui.model().appliedInterventions().size() + " interventions; "
                + levers.getInterventionsApplied());
        System.out.println("Rotterdam scanners " + gui.model().world().port("ROTTERDAM").controls().scanners()
                + ", alliance " + gui.model().alliance().members().size() + " members, h "
                + gui.model().alliance().harmonization());
        press(console[0]::pressPause);
        Thread.sleep(500);
        press(console[0]::pressStop);
        Thread.sleep(300);
        String manifest = java.nio.file.Files.readString(Path.of(args[1], "manifest.json"));
        System.out.println("manifest after the first stop logs the lever change: "
                + manifest.contains("Model tab: scanners at ROTTERDAM set to 7"));
        press(console[0]::pressPlay);
        Thread.sleep(1000);
        System.out.println("restarted: day " + gui.model().today() + ", applied " + gui.model().appliedInterventions().size());
        press(console[0]::pressStop);
        Thread.sleep(300);
        System.out.println("done");
    }

    /**
     * A button pressed as a user presses it, on Swing's event thread: pressed from another thread, the Console's lock
     * and AWT's tree lock can be taken in opposite orders, and the two threads deadlock.
     */
    private static void press(Runnable button) throws Exception {
        SwingUtilities.invokeAndWait(button);
    }
}
