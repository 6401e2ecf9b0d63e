package portshift.gui;

import java.awt.Color;
import java.awt.Component;
import java.awt.Container;
import java.awt.Dimension;
import java.awt.Frame;
import java.awt.GraphicsEnvironment;
import java.awt.Point;
import java.awt.Rectangle;
import java.awt.Robot;
import java.awt.event.InputEvent;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;
import javax.swing.AbstractButton;
import javax.swing.JButton;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JTextField;
import javax.swing.SwingUtilities;

import org.jfree.chart.axis.ValueAxis;

import portshift.model.Intervention;
import portshift.model.Port;
import portshift.scenario.LoadedScenario;
import sim.display.Console;
import sim.display.Display2D;
import sim.util.media.chart.TimeSeriesChartGenerator;

/**
 * Drives the real MASON Console as a presenter does in a policy meeting, and prints what it finds, one
 * line per check, for {@link MeetingTest}: the maps fill their windows (no scroll bars, no grey
 * margins); the charts' y axes start at zero before any cocaine arrives and the x axes carry a marker
 * at each of the scenario's intervention dates; a single click on a port (a real click, through the X
 * server, by java.awt.Robot) opens its inspector, whose rows are in words with rounded figures and
 * units; detached, the inspector lies on the screen, off the Console and its Play button. Run in its
 * own JVM under Xvfb.
 * <p>
 * With a third argument, a folder, it also writes the docs' screenshots there after about a year of
 * play: gui-atlantic.png, gui-europe.png, gui-inspector.png (Antwerp's, detached), gui-layout.png (the
 * whole screen), and gui-chart.png after two and a half years, when the scenario's interventions of 2024
 * show on it ({@code mvn -pl sim test -Dtest=MeetingTest -Dportshift.screenshots=$PWD/docs/screenshots}).
 */
public final class MeetingDriver {
    /** A name made of a lower-case letter followed by a capital, as Java getters are: KgArrivedLast30Days. */
    static final Pattern CAMEL = Pattern.compile("[a-z][A-Z]|^(get|is)[A-Z]");
    /** A figure with more than two decimals, or in exponent notation: not rounded for a reader. */
    static final Pattern UNROUNDED = Pattern.compile("\\d\\.\\d{3,}|\\d[eE][-+]?\\d");
    /** A unit: a word, a percent sign or a currency sign. */
    static final Pattern UNIT = Pattern.compile("[A-Za-z%$]");

    private MeetingDriver() {
    }

    public static void main(String[] args) {
        try {
            drive(args);
        } catch (Throwable e) {
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
        LoadedScenario scenario = LoadedScenario.load(Path.of(args[0]));
        PortshiftWithUI gui = new PortshiftWithUI(scenario, 1);
        gui.writeResultsTo(Path.of(args[1]));
        Path shots = args.length > 2 && !args[2].isEmpty() ? Path.of(args[2]) : null;
        Console console = onEdt(() -> {
            Console c = new Console(gui);
            c.setVisible(true);
            return c;
        });
        Robot robot = new Robot();
        robot.setAutoDelay(20);
        settle(robot);

        onEdt(() -> {
            for (MapWindow map : gui.maps()) {
                Display2D d = map.display();
                Dimension port = d.display.getViewport().getSize();
                Dimension drawn = d.insideDisplay.getPreferredSize();
                System.out.printf("%s map: scroll bars %b, grey margin %d x %d px, scale %s%n", map.view().name,
                        d.display.getHorizontalScrollBar().isShowing() || d.display.getVerticalScrollBar().isShowing(),
                        Math.max(0, port.width - drawn.width), Math.max(0, port.height - drawn.height), d.scaleField.getField().getText());
            }
            return null;
        });
        Rectangle europeView = onEdt(() -> viewportOnScreen(gui.europeDisplay()));
        System.out.printf("Europe map: share of grey pixels %.4f%n", greyShare(robot.createScreenCapture(europeView)));

        LiveCharts charts = gui.charts();
        List<Double> expected = new ArrayList<>();
        LocalDate start = scenario.config().start();
        for (Intervention i : scenario.config().interventions()) {
            expected.add(DateAxes.millis(start.plusDays(i.day(start))));
        }
        onEdt(() -> {
            for (TimeSeriesChartGenerator chart : List.of(charts.flows, charts.shares)) {
                List<Double> marked = DateAxes.markerDates(chart);
                System.out.printf("chart %s: markers at the scenario's intervention dates %b (%d dates)%n", chart.getTitle(),
                        marked.equals(new ArrayList<>(new TreeSet<>(expected))), marked.size());
                double least = 21;
                for (Color c : LiveCharts.colours(chart)) {
                    least = Math.min(least, contrast(c, Color.WHITE));
                }
                System.out.printf("chart %s: least contrast of a series on white %.2f%n", chart.getTitle(), least);
                System.out.printf("chart %s: x axis in dates %b%n", chart.getTitle(),
                        chart.getChart().getXYPlot().getDomainAxis() instanceof org.jfree.chart.axis.DateAxis);
            }
            return null;
        });

        // a few days in: no cocaine has reached Europe yet
        runTo(console, gui, 5);
        onEdt(() -> {
            for (TimeSeriesChartGenerator chart : List.of(charts.flows, charts.shares)) {
                ValueAxis y = chart.getChart().getXYPlot().getRangeAxis();
                System.out.printf("chart %s before any arrival (largest value %s): y from %s to %s%n", chart.getTitle(),
                        largest(chart), y.getLowerBound(), y.getUpperBound());
            }
            return null;
        });

        // one click on Antwerp on the Europe map, through the X server
        Port antwerp = gui.model().world().port("ANTWERP");
        MapWindow europe = gui.maps().get(1);
        MapInspector inspector = click(robot, console, europe, () -> europe.pixel(antwerp));
        System.out.println("single click on Antwerp opened an inspector: " + (inspector == null ? "none" : inspector.getTitle()));
        if (inspector == null) {
            return;
        }
        report("inspector", inspector);

        // detach it, as the Console's Detach button does
        onEdt(() -> {
            button(console, "Detatch").doClick();
            return null;
        });
        settle(robot);
        JFrame detached = onEdt(MeetingDriver::detachedInspector);
        onEdt(() -> {
            Rectangle screen = GraphicsEnvironment.getLocalGraphicsEnvironment().getMaximumWindowBounds();
            Rectangle window = detached.getBounds();
            Rectangle play = playButton(console);
            System.out.println("detached inspector: " + window + " on the screen " + screen.contains(window)
                    + ", over the Play button " + window.intersects(play) + ", over the Console " + window.intersects(console.getBounds()));
            return null;
        });

        // one click on an organisation's diamond on the Atlantic map; and the Model tab
        MapWindow atlantic = gui.maps().get(0);
        portshift.model.Trafficker organisation = gui.model().traffickers().get(0);
        MapInspector other = click(robot, console, atlantic, () -> atlantic.pixel(organisation));
        System.out.println("single click on an organisation opened an inspector: " + (other == null ? "none" : other.getTitle()));
        if (other != null) {
            report("organisation", other);
        }
        report("Model tab", onEdt(console::getModelInspector));

        if (shots != null) {
            runTo(console, gui, 365);
            System.out.println("day " + gui.model().today() + ": " + gui.dateLabel());
            Files.createDirectories(shots);
            settle(robot);
            write(paint(gui.displayFrame), shots.resolve("gui-atlantic.png"));
            write(paint(gui.europeFrame), shots.resolve("gui-europe.png"));
            write(paint(detached), shots.resolve("gui-inspector.png"));
            Rectangle screen = GraphicsEnvironment.getLocalGraphicsEnvironment().getMaximumWindowBounds();
            write(robot.createScreenCapture(screen), shots.resolve("gui-layout.png"));
            runTo(console, gui, 900);
            settle(robot);
            BufferedImage flows = paint(charts.frames.get(0));
            BufferedImage shares = paint(charts.frames.get(1));
            BufferedImage both = new BufferedImage(flows.getWidth() + shares.getWidth(), Math.max(flows.getHeight(),
                    shares.getHeight()), BufferedImage.TYPE_INT_RGB);
            java.awt.Graphics2D g = both.createGraphics();
            g.drawImage(flows, 0, 0, null);
            g.drawImage(shares, flows.getWidth(), 0, null);
            g.dispose();
            write(both, shots.resolve("gui-chart.png"));
            System.out.println("screenshots written to " + shots);
        }
        onEdt(() -> {
            console.pressStop();
            return null;
        });
        System.out.println("done");
    }

    /**
     * Clicks once, through the X server, where the map draws something, and waits for the Console to show
     * an inspector other than those it showed before (null if none comes).
     */
    private static MapInspector click(Robot robot, Console console, MapWindow map, Callable<Point2D.Double> where)
            throws Exception {
        List<Object> before = onEdt(() -> new ArrayList<Object>(console.getAllInspectors()));
        Point target = onEdt(() -> {
            Point2D.Double at = where.call();
            Point origin = map.display().insideDisplay.getLocationOnScreen();
            return new Point((int) Math.round(origin.x + at.x), (int) Math.round(origin.y + at.y));
        });
        robot.mouseMove(target.x, target.y);
        robot.mousePress(InputEvent.BUTTON1_DOWN_MASK);
        robot.mouseRelease(InputEvent.BUTTON1_DOWN_MASK);
        // waiting for the click to be handled, not timing it: thirty seconds only ends a wait for a click lost
        for (int wait = 0; wait < 300; wait++) {
            settle(robot);
            MapInspector found = onEdt(() -> {
                for (Object o : console.getAllInspectors()) {
                    if (o instanceof MapInspector m && before.stream().noneMatch(b -> b == m)) {
                        return m;
                    }
                }
                return null;
            });
            if (found != null) {
                return found;
            }
            Thread.sleep(100);
        }
        return null;
    }

    /** Prints an inspector's labels and values, and those that read like getters, are not rounded or lack a unit. */
    private static void report(String what, Component inspector) throws Exception {
        onEdt(() -> {
            List<String> labels = new ArrayList<>();
            List<String> values = new ArrayList<>();
            collect(inspector, labels, values);
            System.out.println(what + " labels: " + labels);
            System.out.println(what + " values: " + values);
            System.out.println(what + " labels like getters: " + labels.stream().filter(l -> CAMEL.matcher(l).find()).toList());
            System.out.println(what + " labels giving a position: " + labels.stream().filter(l -> l.contains("Position")).toList());
            System.out.println(what + " figures not rounded: " + values.stream().filter(v -> UNROUNDED.matcher(v).find()).toList());
            System.out.println(what + " figures without a unit: "
                    + values.stream().filter(v -> v.matches(".*\\d.*") && !UNIT.matcher(v).find()).toList());
            return null;
        });
    }

    /** Plays until the given day and waits until the Console has paused there. */
    private static void runTo(Console console, PortshiftWithUI gui, long day) throws Exception {
        onEdt(() -> {
            console.setWhenShouldPause(day);
            if (console.getPlayState() == Console.PS_PAUSED) {
                console.pressPause();
            } else {
                console.pressPlay();
            }
            return null;
        });
        // waiting for the model to get there, not timing it: ten minutes only ends a run that is stuck
        for (int wait = 0; wait < 6000; wait++) {
            if (gui.model().schedule.getSteps() >= day && onEdt(console::getPlayState) == Console.PS_PAUSED) {
                break;
            }
            Thread.sleep(100);
        }
        onEdt(() -> null);
    }

    /** Lets Swing and the X server finish what is queued. */
    private static void settle(Robot robot) throws Exception {
        robot.waitForIdle();
        onEdt(() -> null);
    }

    private static <T> T onEdt(Callable<T> task) throws Exception {
        Object[] out = new Object[1];
        Exception[] failed = new Exception[1];
        SwingUtilities.invokeAndWait(() -> {
            try {
                out[0] = task.call();
            } catch (Exception e) {
                failed[0] = e;
            }
        });
        if (failed[0] != null) {
            throw failed[0];
        }
        @SuppressWarnings("unchecked")
        T t = (T) out[0];
        return t;
    }

    private static Rectangle viewportOnScreen(Display2D d) {
        Component port = d.display.getViewport();
        Point at = port.getLocationOnScreen();
        return new Rectangle(at.x, at.y, port.getWidth(), port.getHeight());
    }

    /** The share of pixels of the Swing panels' grey, which shows where a display has no map. */
    private static double greyShare(BufferedImage image) {
        Color grey = javax.swing.UIManager.getColor("Panel.background");
        int n = 0;
        int all = 0;
        for (int x = 0; x < image.getWidth(); x += 2) {
            for (int y = 0; y < image.getHeight(); y += 2) {
                all++;
                n += (image.getRGB(x, y) & 0xffffff) == (grey.getRGB() & 0xffffff) ? 1 : 0;
            }
        }
        return n / (double) Math.max(1, all);
    }

    /** WCAG's contrast ratio of two colours. */
    static double contrast(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(Color c) {
        double[] v = {c.getRed() / 255.0, c.getGreen() / 255.0, c.getBlue() / 255.0};
        for (int i = 0; i < 3; i++) {
            v[i] = v[i] <= 0.03928 ? v[i] / 12.92 : Math.pow((v[i] + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * v[0] + 0.7152 * v[1] + 0.0722 * v[2];
    }

    private static double largest(TimeSeriesChartGenerator chart) {
        var data = chart.getChart().getXYPlot().getDataset();
        double max = 0;
        for (int s = 0; s < data.getSeriesCount(); s++) {
            for (int i = 0; i < data.getItemCount(s); i++) {
                max = Math.max(max, data.getYValue(s, i));
            }
        }
        return max;
    }

    /** The labels (property names) and values (text fields) of an inspector, in order. */
    private static void collect(Component c, List<String> labels, List<String> values) {
        if (c instanceof JLabel l && l.getText() != null && !l.getText().isBlank()) {
            labels.add(l.getText().trim());
        } else if (c instanceof JTextField f) {
            values.add(f.getText());
        }
        if (c instanceof Container k) {
            for (Component child : k.getComponents()) {
                collect(child, labels, values);
            }
        }
    }

    private static AbstractButton button(Container c, String text) {
        for (Component child : c.getComponents()) {
            if (child instanceof AbstractButton b && text.equals(b.getText())) {
                return b;
            }
            if (child instanceof Container k) {
                AbstractButton found = button(k, text);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /** The Console's Play button, on the screen. */
    private static Rectangle playButton(Console console) throws ReflectiveOperationException {
        java.lang.reflect.Field f = Console.class.getDeclaredField("playButton");
        f.setAccessible(true);
        JButton play = (JButton) f.get(console);
        return new Rectangle(play.getLocationOnScreen(), play.getSize());
    }

    private static JFrame detachedInspector() {
        for (Frame f : Frame.getFrames()) {
            if (f.isVisible() && f instanceof JFrame j && j.getRootPane().getClientProperty(MapInspector.WINDOW) != null) {
                return j;
            }
        }
        throw new IllegalStateException("no detached inspector window");
    }

    /** A window's content as it draws itself, whatever covers it on the screen. */
    private static BufferedImage paint(JFrame frame) throws Exception {
        return onEdt(() -> {
            javax.swing.JRootPane root = frame.getRootPane();
            BufferedImage image = new BufferedImage(root.getWidth(), root.getHeight(), BufferedImage.TYPE_INT_RGB);
            java.awt.Graphics2D g = image.createGraphics();
            root.printAll(g);
            g.dispose();
            return image;
        });
    }

    private static void write(BufferedImage image, Path file) throws Exception {
        ImageIO.write(image, "png", file.toFile());
    }
}
