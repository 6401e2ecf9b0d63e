package portshift.gui;

import java.awt.Color;
import java.awt.Rectangle;
import java.awt.event.ComponentAdapter;
import java.awt.event.ComponentEvent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleSupplier;

import javax.swing.JFrame;
import javax.swing.JScrollPane;
import javax.swing.JViewport;
import javax.swing.ScrollPaneConstants;
import javax.swing.SwingUtilities;

import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYSeries;

import portshift.model.AppliedIntervention;
import portshift.model.Intervention;
import portshift.model.Port;
import portshift.model.PortshiftModel;
import sim.display.ChartUtilities;
import sim.display.Controller;
import sim.engine.Schedule;
import sim.engine.SimState;
import sim.engine.Steppable;
import sim.util.media.chart.TimeSeriesAttributes;
import sim.util.media.chart.TimeSeriesChartGenerator;

/**
 * Two live charts, updated each day: tonnes delivered and seized in Europe and at the main ports over
 * the last 30 days, and the share of flow by destination port. The x axes are in dates; a dashed
 * line marks each of the scenario's dated interventions (and each change made in the Model tab, as
 * it is made); the y axes start at zero and span at least one tonne (ten percent) before any
 * cocaine arrives; every line is drawn in a colour that reads on white. The series are made once, on
 * the event thread; each run clears their data there and schedules their sampling anew.
 */
final class LiveCharts {
    static final List<String> MAIN_PORTS = List.of("ANTWERP", "ROTTERDAM", "HAMBURG", "ALGECIRAS", "VALENCIA");
    /** Each main port's colour, the same on both charts; all at least 3:1 in contrast against white. */
    static final List<Color> PORT_COLOURS = List.of(new Color(0x1f77b4), new Color(0xd95f02), new Color(0x1b7837),
            new Color(0x9467bd), new Color(0x8c564b));
    static final Color DELIVERED = new Color(0x222222);
    static final Color SEIZED = new Color(0xd62728);
    /** The least span of the y axes before anything arrives: one tonne, ten percent. */
    static final double MIN_TONNES = 1;
    static final double MIN_PERCENT = 10;

    /** A series and how to sample it from the running model. */
    private record Sampled(TimeSeriesChartGenerator chart, TimeSeriesAttributes series, DoubleSupplier value) {
    }

    private final PortshiftWithUI gui;
    private final List<Sampled> sampled = new ArrayList<>();
    TimeSeriesChartGenerator flows;
    TimeSeriesChartGenerator shares;
    final List<JFrame> frames = new ArrayList<>();

    LiveCharts(PortshiftWithUI gui) {
        this.gui = gui;
    }

    void init(Controller controller) {
        flows = ChartUtilities.buildTimeSeriesChartGenerator("Delivered and seized, last 30 days", "date");
        flows.setYAxisLabel("tonnes in the last 30 days");
        shares = ChartUtilities.buildTimeSeriesChartGenerator("Share of flow by port, last 30 days", "date");
        shares.setYAxisLabel("share of kg sent to Europe [%]");
        add(flows, "delivered to Europe", DELIVERED, () -> europe(false));
        add(flows, "seized in Europe", SEIZED, () -> europe(true));
        for (int i = 0; i < MAIN_PORTS.size(); i++) {
            String id = MAIN_PORTS.get(i);
            add(flows, "seized at " + gui.scenario().portName(id), PORT_COLOURS.get(i), () -> seizedAt(id));
        }
        for (int i = 0; i < MAIN_PORTS.size(); i++) {
            String id = MAIN_PORTS.get(i);
            add(shares, gui.scenario().portName(id), PORT_COLOURS.get(i), () -> share(id));
        }
        DateAxes.axes(flows, MIN_TONNES);
        DateAxes.axes(shares, MIN_PERCENT);
        markScenarioInterventions();
        if (controller != null) {
            for (TimeSeriesChartGenerator chart : List.of(flows, shares)) {
                JFrame frame = chart.createFrame();
                frame.setSize(700, 420);
                controller.registerFrame(frame);
                frame.setVisible(true);
                frames.add(frame);
            }
        }
    }

    /** A dashed line on both charts at the date of each of the scenario's dated interventions. */
    private void markScenarioInterventions() {
        LocalDate start = gui.scenario().startDate();
        for (Intervention i : gui.scenario().interventions()) {
            mark(start.plusDays(i.day(start)), i.name());
        }
    }

    /** A dashed line on both charts at a date (once: a second intervention on the same date adds none). */
    private void mark(LocalDate date, String name) {
        for (TimeSeriesChartGenerator chart : List.of(flows, shares)) {
            DateAxes.mark(chart, DateAxes.millis(date));
        }
    }

    /** Puts the two chart windows where the layout says, each chart shaped to fill its window. */
    void place(Rectangle flowsWindow, Rectangle sharesWindow) {
        if (frames.size() != 2) {
            return;
        }
        List<Rectangle> windows = List.of(flowsWindow, sharesWindow);
        List<TimeSeriesChartGenerator> charts = List.of(flows, shares);
        for (int i = 0; i < 2; i++) {
            TimeSeriesChartGenerator chart = charts.get(i);
            frames.get(i).setBounds(windows.get(i));
            if (chart.getChartPanel().getParent() instanceof JViewport port
                    && port.getParent() instanceof JScrollPane holder) {
                // the chart fills the width of its window (MASON's Fill); its proportion makes it fill the height too
                holder.setVerticalScrollBarPolicy(ScrollPaneConstants.VERTICAL_SCROLLBAR_NEVER);
                port.addComponentListener(new ComponentAdapter() {
                    @Override
                    public void componentResized(ComponentEvent e) {
                        fill(chart, port);
                    }
                });
                frames.get(i).validate();
                fill(chart, port);
            }
        }
    }

    /**
     * Shapes a chart to fill its viewport: width / height, rounded down to hundredths (the chart's header
     * shows it), so that the chart is never shorter than the viewport.
     */
    private static void fill(TimeSeriesChartGenerator chart, JViewport port) {
        if (port.getWidth() < 50 || port.getHeight() < 50) {
            return;
        }
        double proportion = Math.floor(100.0 * port.getWidth() / port.getHeight()) / 100;
        if (proportion != chart.getProportion()) {
            chart.setProportion(Math.max(0.5, proportion));
        }
    }

    private void add(TimeSeriesChartGenerator chart, String name, Color colour, DoubleSupplier value) {
        TimeSeriesAttributes series = ChartUtilities.addSeries(chart, name);
        series.setStrokeColor(colour);
        series.setThickness(colour == DELIVERED ? 2.5 : 2);
        series.rebuildGraphicsDefinitions();
        sampled.add(new Sampled(chart, series, value));
    }

    /** The series' colours on a chart, in order (for tests). */
    static List<Color> colours(TimeSeriesChartGenerator chart) {
        XYPlot plot = chart.getChart().getXYPlot();
        List<Color> out = new ArrayList<>();
        for (int i = 0; i < plot.getDataset().getSeriesCount(); i++) {
            out.add((Color) plot.getRenderer().getSeriesPaint(i));
        }
        return out;
    }

    /** Called in start() and load(): the schedule is new, and the last run's points go. */
    void start() {
        if (flows == null) {
            return;
        }
        SwingUtilities.invokeLater(() -> {
            flows.clearAllSeries();
            shares.clearAllSeries();
        });
        gui.scheduleRepeatingImmediatelyAfter(new Sampler());
    }

    /**
     * Each day after the model's step: every series' value at the day's date, added on the event thread
     * (JFreeChart is not thread-safe), and a marker for each change made in the Model tab since.
     */
    private final class Sampler implements Steppable {
        private static final long serialVersionUID = 1L;
        private double last = Double.NEGATIVE_INFINITY;
        private int interventionsSeen;

        @Override
        public void step(SimState state) {
            double t = state.schedule.getTime();
            if (t <= last || t < Schedule.EPOCH || t >= Schedule.AFTER_SIMULATION || gui.recent() == null) {
                return;
            }
            last = t;
            LocalDate date = gui.model().calendar().date((long) t);
            double x = DateAxes.millis(date);
            double[] values = new double[sampled.size()];
            for (int i = 0; i < values.length; i++) {
                values[i] = sampled.get(i).value().getAsDouble();
            }
            List<AppliedIntervention> applied = gui.model().appliedInterventions();
            List<AppliedIntervention> live = new ArrayList<>();
            for (int i = interventionsSeen; i < applied.size(); i++) {
                if (applied.get(i).intervention().name() != null && applied.get(i).intervention().name().startsWith("Model tab:")) {
                    live.add(applied.get(i));
                }
            }
            interventionsSeen = applied.size();
            SwingUtilities.invokeLater(() -> {
                for (int i = 0; i < values.length; i++) {
                    XYSeries series = sampled.get(i).series().getSeries();
                    sampled.get(i).series().possiblyCull();
                    series.add(x, values[i], true);
                }
                for (AppliedIntervention a : live) {
                    mark(gui.model().calendar().date(a.day()), a.intervention().name());
                }
            });
            flows.updateChartLater(state.schedule.getSteps());
            shares.updateChartLater(state.schedule.getSteps());
        }
    }

    private PortshiftModel model() {
        return gui.model();
    }

    private double seizedAt(String id) {
        Port p = model().world().port(id);
        return p == null ? 0 : gui.recent().seizedKg(p) / 1000;
    }

    private double europe(boolean seized) {
        double kg = 0;
        for (Port p : model().importPorts()) {
            kg += seized ? gui.recent().seizedKg(p) : gui.recent().deliveredKg(p);
        }
        return kg / 1000;
    }

    private double share(String id) {
        Port port = model().world().port(id);
        double all = 0;
        for (Port p : model().importPorts()) {
            all += gui.recent().attemptedKg(p);
        }
        return port != null && all > 0 ? 100 * gui.recent().attemptedKg(port) / all : 0;
    }

}
