package portshift.gui;

import java.io.File;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import java.nio.file.Path;

import javax.swing.JFrame;

import portshift.experiment.OutputFolder;
import portshift.experiment.RunResult;
import portshift.experiment.RunWriter;
import portshift.model.Alliance;
import portshift.model.Intervention;
import portshift.model.Phase;
import portshift.model.Port;
import portshift.model.PortControls;
import portshift.model.PortshiftModel;
import portshift.model.Trafficker;
import portshift.observe.MonthlyCollector;
import portshift.scenario.LoadedScenario;
import sim.display.Controller;
import sim.display.Display2D;
import sim.display.GUIState;
import sim.engine.Schedule;
import sim.engine.SimState;
import sim.field.continuous.Continuous2D;
import sim.portrayal.Inspector;
import sim.portrayal.continuous.ContinuousPortrayal2D;
import sim.util.Double2D;

/**
 * The live GUI: the MASON Console with a map of the Atlantic (land, ports, routes, loads at sea, the
 * date and a legend), inspectors for ports and organisations, the Model tab's levers and two live
 * charts. All GUI code lives in this package; the model knows nothing of it.
 */
public class PortshiftWithUI extends GUIState {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", java.util.Locale.ENGLISH);
    /** Where each producer's organisations are drawn (lat, lon): the main coca regions. */
    private static final Map<String, double[]> PRODUCERS = Map.of("COLOMBIA", new double[] {3.5, -74.0},
            "PERU", new double[] {-12.3, -73.9}, "BOLIVIA", new double[] {-17.0, -65.0});

    private final LoadedScenario scenario;
    private final LeverPanel levers = new LeverPanel(this);
    private final LiveCharts charts = new LiveCharts(this);
    private final ContinuousPortrayal2D markerPortrayal = new ContinuousPortrayal2D();
    private final MapLayers.Land land = new MapLayers.Land();
    private final MapLayers.Routes routes = new MapLayers.Routes(this);
    private final MapLayers.Loads loads = new MapLayers.Loads(this);
    private final MapLayers.Overlay overlay = new MapLayers.Overlay(this);
    Display2D display;
    JFrame displayFrame;
    private RecentActivity recent;
    private MonthlyCollector collector;
    private final long seed;
    private Path outDir;
    private long startedNanos;

    public PortshiftWithUI(LoadedScenario scenario, long seed) {
        super(new PortshiftModel(seed, scenario.config()));
        this.scenario = scenario;
        this.seed = seed;
    }

    /**
     * Writes each run's results (ports.csv, runs.csv, routes.csv, manifest.json) to this folder when
     * it stops. The folder is checked now: one that cannot be written is an OutputException.
     */
    public void writeResultsTo(Path dir) {
        this.outDir = OutputFolder.prepare(dir, "gui");
    }

    @Override
    public void finish() {
        if (outDir != null && collector != null && model().world() != null && model().schedule.getSteps() > 0) {
            collector.flush(model());
            try {
                RunWriter.write(outDir, "gui", scenario,
                        RunResult.of(model(), collector, 0, seed, (System.nanoTime() - startedNanos) / 1e9));
            } catch (RuntimeException e) {
                System.err.println("portshift: " + e.getMessage());
            }
        }
        collector = null;
        super.finish();
    }

    public static String getName() {
        return "portshift";
    }

    PortshiftModel model() {
        return (PortshiftModel) state;
    }

    RecentActivity recent() {
        return recent;
    }

    @Override
    public Object getSimulationInspectedObject() {
        return levers;
    }

    @Override
    public Inspector getInspector() {
        Inspector i = super.getInspector();
        i.setVolatile(true);
        return i;
    }

    @Override
    public void start() {
        super.start();
        setUp();
    }

    /**
     * File > Open in the Console. MASON's own version deserializes the file unfiltered; this one reads
     * it through {@link CheckpointReader}, which admits only what a portshift checkpoint holds. A
     * refused file leaves the current run as it was; the Console shows the one-line reason.
     */
    @Override
    public boolean readNewStateFromCheckpoint(File file) throws CheckpointReader.Rejected {
        PortshiftModel loaded = CheckpointReader.read(file);
        finish();
        load(loaded);
        return true;
    }

    @Override
    public void load(SimState loaded) {
        super.load(loaded);
        setUp();
    }

    /** Builds what the map shows from the freshly started model; the schedule is new each run. */
    private void setUp() {
        PortshiftModel model = model();
        recent = new RecentActivity(model);
        scheduleRepeatingImmediatelyAfter(recent);
        collector = new MonthlyCollector();
        // from the next day on: the first day of a new run, or the day after the checkpoint just opened
        double from = Math.max(Schedule.EPOCH, model.schedule.getTime() + 1);
        model.schedule.scheduleRepeating(from, Phase.COLLECTORS.ordering(), collector, 1);
        startedNanos = System.nanoTime();
        Continuous2D markers = new Continuous2D(20, MapProjection.WIDTH, MapProjection.HEIGHT);
        for (Port p : model.world().ports()) {
            markers.setObjectLocation(Marker.of(p), new Double2D(MapProjection.x(p.longitude()), MapProjection.y(p.latitude())));
        }
        List<Trafficker> organisations = model.traffickers();
        for (Trafficker t : organisations) {
            double[] at = PRODUCERS.getOrDefault(t.producer().id(), new double[] {0, -70});
            double angle = 2 * Math.PI * t.id() / Math.max(1, organisations.size()) * 3.7;
            double ring = 10 + 2 * (t.id() % 4);
            markers.setObjectLocation(Marker.of(t), new Double2D(MapProjection.x(at[1]) + ring * Math.cos(angle),
                    MapProjection.y(at[0]) + ring * Math.sin(angle)));
        }
        markerPortrayal.setField(markers);
        markerPortrayal.setPortrayalForAll(new PortPortrayal(this));
        for (var layer : List.of(land, routes, loads, overlay)) {
            layer.setField(markers);
        }
        charts.start();
        if (display != null) {
            display.reset();
            display.repaint();
        }
    }

    @Override
    public void init(Controller controller) {
        super.init(controller);
        buildDisplay();
        displayFrame = display.createFrame();
        displayFrame.setTitle("portshift: " + scenario.config().scenario());
        controller.registerFrame(displayFrame);
        displayFrame.setVisible(true);
        charts.init(controller);
    }

    /** The map's display, with its layers in drawing order. */
    void buildDisplay() {
        display = new Display2D(MapProjection.WIDTH, MapProjection.HEIGHT, this);
        display.setBackdrop(MapLayers.SEA);
        display.setClipping(true);
        display.attach(land, "Land");
        display.attach(routes, "Routes");
        display.attach(loads, "Loads at sea");
        display.attach(markerPortrayal, "Ports and organisations");
        display.attach(overlay, "Date and legend");
    }

    /** Charts without a Controller, for screenshots. */
    LiveCharts charts() {
        return charts;
    }

    @Override
    public void quit() {
        super.quit();
        if (displayFrame != null) {
            displayFrame.dispose();
        }
        charts.frames.forEach(JFrame::dispose);
        displayFrame = null;
        display = null;
    }

    /** The simulated date, or a note before the run starts. */
    String dateLabel() {
        PortshiftModel model = model();
        if (model.world() == null) {
            return "press play to start";
        }
        long day = model.today();
        return model.calendar().date(day).format(DATE) + "  (day " + day + ")";
    }

    /** A port's name from the scenario, by id (the id itself if unknown). */
    String portName(String id) {
        return scenario.config().world().ports().stream().filter(p -> p.id().equals(id)).map(p -> p.name())
                .findFirst().orElse(id);
    }

    /** Port ids in the scenario's order. */
    String[] portIds() {
        return scenario.config().world().ports().stream().map(p -> p.id()).toArray(String[]::new);
    }

    /** Ports in the alliance in the scenario, at the start or by any intervention. */
    Set<String> configuredMembers() {
        Set<String> members = new LinkedHashSet<>(scenario.config().alliance().members());
        for (Intervention i : scenario.config().interventions()) {
            if (i.alliance() != null && i.alliance().members() != null) {
                members.addAll(i.alliance().members());
            }
        }
        return members;
    }

    /** Applies a change to ports' controls now, as an intervention logged with the run. */
    void intervene(String label, Map<String, PortControls> ports) {
        apply(Intervention.on(day(), "Model tab: " + label).withPorts(ports));
    }

    /** Applies a change to the alliance now, as an intervention logged with the run. */
    void intervene(String label, Alliance change) {
        apply(Intervention.on(day(), "Model tab: " + label).withAlliance(change));
    }

    private long day() {
        return model().world() == null ? 0 : model().today();
    }

    private void apply(Intervention i) {
        if (model().world() == null) {
            return;
        }
        synchronized (state.schedule) {
            model().apply(i);
        }
    }
}
