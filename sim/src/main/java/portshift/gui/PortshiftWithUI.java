package portshift.gui;

import java.io.File;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

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
import portshift.model.World;
import portshift.observe.MonthlyCollector;
import portshift.scenario.LoadedScenario;
import sim.display.Controller;
import sim.display.Display2D;
import sim.display.GUIState;
import sim.engine.Schedule;
import sim.engine.SimState;
import sim.portrayal.Inspector;

/**
 * The live GUI: the MASON Console with two maps, the Atlantic and Europe (land, ports, routes, loads
 * at sea, the date and each its own legend), inspectors for ports and organisations that one click
 * opens and that read in words with units, the Model tab's levers, two live charts in dates and an
 * About tab. The windows open side by side (WindowLayout). All GUI code lives in this package; the
 * model knows nothing of it.
 */
public class PortshiftWithUI extends GUIState {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", java.util.Locale.ENGLISH);

    private final LoadedScenario scenario;
    private final LeverPanel levers = new LeverPanel(this);
    private final LiveCharts charts = new LiveCharts(this);
    private final MapWindow atlantic = new MapWindow(this, MapView.ATLANTIC, MapView.EUROPE, true);
    /** The Europe map: no organisations there, its own legend. */
    private final MapWindow europe = new MapWindow(this, MapView.EUROPE, null, false);
    /** The scenario's world before the run starts, so that the maps show its ports and routes at once. */
    private World preview;
    Display2D display;
    JFrame displayFrame;
    JFrame europeFrame;
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

    /** The Console's About tab: what the model is, where its figures come from, and a link to docs/model.md. */
    public static Object getInfo() {
        return About.html();
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
        showOnMaps(model.world(), model.traffickers());
        charts.start();
        for (MapWindow w : List.of(atlantic, europe)) {
            w.repaint();
        }
    }

    /** Puts the world's ports, and the organisations at their producers, on both maps. */
    private void showOnMaps(World world, List<Trafficker> organisations) {
        atlantic.show(world, organisations);
        europe.show(world, List.of());
    }

    /** The world the maps show: the running model's, or before the run starts the scenario's. */
    World world() {
        PortshiftModel model = model();
        if (model.world() != null) {
            return model.world();
        }
        if (preview == null) {
            preview = scenario.config().world().build();
        }
        return preview;
    }

    /** Whether a port is in the alliance now, or before the run starts, in the scenario's alliance at its start. */
    boolean isMember(Port p) {
        if (model().controls() != null) {
            return model().controls().isMember(p);
        }
        return scenario.config().alliance().members().contains(p.id());
    }

    @Override
    public void init(Controller controller) {
        super.init(controller);
        buildDisplays();
        displayFrame = atlantic.frame("portshift: " + scenario.config().scenario());
        europeFrame = europe.frame("portshift: " + scenario.config().scenario() + ", Europe");
        controller.registerFrame(displayFrame);
        controller.registerFrame(europeFrame);
        charts.init(controller);
        arrange(controller instanceof JFrame console ? console : null);
        displayFrame.setVisible(true);
        europeFrame.setVisible(true);
    }

    /** Both maps' displays, with the scenario's ports and routes on them before the run starts. */
    void buildDisplays() {
        display = atlantic.build();
        europe.build();
        showOnMaps(world(), List.of());
    }

    /** The Europe map's display. */
    Display2D europeDisplay() {
        return europe.display();
    }

    /** The two maps: the Atlantic, then Europe. */
    List<MapWindow> maps() {
        return List.of(atlantic, europe);
    }

    /** Lays the windows out side by side on the screen (WindowLayout), each map fitted to fill its window. */
    private void arrange(JFrame console) {
        WindowLayout layout = WindowLayout.on(
                java.awt.GraphicsEnvironment.getLocalGraphicsEnvironment().getMaximumWindowBounds());
        europe.onRefit(() -> atlantic.outline(europe.view()));
        atlantic.place(displayFrame, layout.atlantic());
        europe.place(europeFrame, layout.europe());
        charts.place(layout.flows(), layout.shares());
        if (console != null) {
            console.setBounds(layout.console());
        }
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
        if (europeFrame != null) {
            europeFrame.dispose();
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

    /** What the panels read from the scenario as written. */
    ScenarioFacts scenario() {
        return new ScenarioFacts(scenario.config());
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
