package portshift.gui;

import java.util.ArrayList;
import java.util.List;

import javax.swing.JFrame;

import portshift.model.Port;
import portshift.model.PortshiftModel;
import sim.display.ChartUtilities;
import sim.display.Controller;
import sim.util.media.chart.TimeSeriesAttributes;
import sim.util.media.chart.TimeSeriesChartGenerator;

/**
 * Two live charts, updated each day: tonnes delivered and seized in Europe and at the main ports over
 * the last 30 days, and the share of flow by destination port.
 */
final class LiveCharts {
    static final List<String> MAIN_PORTS = List.of("ANTWERP", "ROTTERDAM", "HAMBURG", "ALGECIRAS", "VALENCIA");

    private final PortshiftWithUI gui;
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

    /** Adds the series and schedules their sampling: called in start() and load(), as the schedule is new. */
    void start() {
        flows.removeAllSeries();
        shares.removeAllSeries();
        PortshiftModel model = gui.model();
        series(flows, "delivered to Europe", () -> europe(model, false));
        series(flows, "seized in Europe", () -> europe(model, true));
        for (String id : MAIN_PORTS) {
            Port p = model.world().port(id);
            if (p != null) {
                series(flows, "seized at " + p.name(), () -> gui.recent().seizedKg(p) / 1000);
            }
        }
        for (String id : MAIN_PORTS) {
            Port p = model.world().port(id);
            if (p != null) {
                series(shares, p.name(), () -> share(model, p));
            }
        }
    }

    private void series(TimeSeriesChartGenerator chart, String name, java.util.function.DoubleSupplier value) {
        TimeSeriesAttributes a = ChartUtilities.addSeries(chart, name);
        ChartUtilities.scheduleSeries(gui, a, () -> gui.recent() == null ? 0 : value.getAsDouble());
    }

    private double europe(PortshiftModel model, boolean seized) {
        double kg = 0;
        for (Port p : model.importPorts()) {
            kg += seized ? gui.recent().seizedKg(p) : gui.recent().deliveredKg(p);
        }
        return kg / 1000;
    }

    private double share(PortshiftModel model, Port port) {
        double all = 0;
        for (Port p : model.importPorts()) {
            all += gui.recent().attemptedKg(p);
        }
        return all > 0 ? 100 * gui.recent().attemptedKg(port) / all : 0;
    }
}
