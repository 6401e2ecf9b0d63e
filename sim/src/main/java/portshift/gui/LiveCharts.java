package portshift.gui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleSupplier;

import javax.swing.JFrame;
import javax.swing.SwingUtilities;

import portshift.model.Port;
import portshift.model.PortshiftModel;
import sim.display.ChartUtilities;
import sim.display.Controller;
import sim.util.media.chart.TimeSeriesAttributes;
import sim.util.media.chart.TimeSeriesChartGenerator;

/**
 * Two live charts, updated each day: tonnes delivered and seized in Europe and at the main ports over
 * the last 30 days, and the share of flow by destination port. The series are made once, on the
 * event thread; each run clears their data there and schedules their sampling anew.
 */
final class LiveCharts {
    static final List<String> MAIN_PORTS = List.of("ANTWERP", "ROTTERDAM", "HAMBURG", "ALGECIRAS", "VALENCIA");

    /** A series and how to sample it from the running model. */
    private record Sampled(TimeSeriesAttributes series, DoubleSupplier value) {
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
        flows = ChartUtilities.buildTimeSeriesChartGenerator("Delivered and seized, last 30 days", "day");
        flows.setYAxisLabel("tonnes in the last 30 days");
        shares = ChartUtilities.buildTimeSeriesChartGenerator("Share of flow by destination port, last 30 days", "day");
        shares.setYAxisLabel("share of kg sent to Europe [%]");
        add(flows, "delivered to Europe", () -> europe(false));
        add(flows, "seized in Europe", () -> europe(true));
        for (String id : MAIN_PORTS) {
            add(flows, "seized at " + gui.portName(id), () -> seizedAt(id));
        }
        for (String id : MAIN_PORTS) {
            add(shares, gui.portName(id), () -> share(id));
        }
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

    /** Puts the two chart windows where the layout says, each chart shaped to fill its window. */
    void place(java.awt.Rectangle flowsWindow, java.awt.Rectangle sharesWindow) {
        if (frames.size() != 2) {
            return;
        }
        List<java.awt.Rectangle> windows = List.of(flowsWindow, sharesWindow);
        List<TimeSeriesChartGenerator> charts = List.of(flows, shares);
        for (int i = 0; i < 2; i++) {
            java.awt.Rectangle w = windows.get(i);
            frames.get(i).setBounds(w);
            // the chart keeps width / height at its proportion; the controls above it take about 70 pixels
            charts.get(i).setProportion(Math.max(0.8, (w.width - 30) / (double) Math.max(1, w.height - 70)));
        }
    }

    private void add(TimeSeriesChartGenerator chart, String name, DoubleSupplier value) {
        sampled.add(new Sampled(ChartUtilities.addSeries(chart, name), value));
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
        for (Sampled s : sampled) {
            ChartUtilities.scheduleSeries(gui, s.series(), () -> gui.recent() == null ? 0 : s.value().getAsDouble());
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
