package portshift.observe;

import java.time.YearMonth;

import portshift.model.MeasureKind;
import portshift.model.Method;
import portshift.model.Port;
import portshift.model.PortCounters;
import portshift.model.PortMeasure;
import portshift.model.PortshiftModel;
import portshift.model.Route;
import portshift.model.RunAccount;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Scheduled after the agents each day; on the last day of each month (and of the run) it turns the
 * ports' running counters into one row per port for the month, records the loads per route, and
 * adds the kilograms sold outside the European container trade to the run's tally. The
 * rows go to a sink as they are made (kept in memory, or written out, so that a long run holds none),
 * and into the run's tally, from which its summary is made.
 */
public final class MonthlyCollector implements Steppable {
    private static final long serialVersionUID = 1L;

    private final MonthlySink sink;
    private final RunTally tally = new RunTally();
    private PortCounters[] last;
    private double[] lastRouteKg;
    private long[] lastRouteLoads;
    private double lastDivertedKg;

    /** A collector whose rows are kept in memory ({@link #sink()} is then a {@link MonthlyRows}). */
    public MonthlyCollector() {
        this(new MonthlyRows());
    }

    public MonthlyCollector(MonthlySink sink) {
        this.sink = sink;
    }

    public MonthlySink sink() {
        return sink;
    }

    public RunTally tally() {
        return tally;
    }

    private long recordedThrough = -1;

    @Override
    public void step(SimState state) {
        PortshiftModel model = (PortshiftModel) state;
        long today = model.today();
        boolean lastDay = today == model.config().days() - 1;
        if (lastDay || !model.calendar().month(today + 1).equals(model.calendar().month(today))) {
            record(model);
        }
    }

    /** Records the month so far, when a run is stopped before the month's end. */
    public void flush(PortshiftModel model) {
        if (model.world() != null && model.schedule.getSteps() > 0 && recordedThrough < model.today()) {
            record(model);
        }
    }

    private void record(PortshiftModel model) {
        long today = model.today();
        recordedThrough = today;
        YearMonth month = model.calendar().month(today);
        if (last == null) {
            start(model);
        }
        long firstDayOfMonth = Math.max(0, model.calendar().day(month.atDay(1)));
        boolean reported = firstDayOfMonth >= model.config().warmupDays();
        for (Port p : model.world().ports()) {
            PortCounters now = p.counters();
            PortMonth row = new PortMonth(p.id(), p.region().name(), p.role().name(), month.toString(), reported,
                    monthOf(model, p, now, last[p.index()]));
            sink.port(row);
            tally.add(row);
            last[p.index()] = now.copy();
        }
        double diverted = model.ledger().get(RunAccount.DIVERTED_KG);
        tally.addDiverted(reported, diverted - lastDivertedKg);
        lastDivertedKg = diverted;
        int methods = Method.values().length;
        for (Route r : model.world().routes()) {
            for (Method m : Method.values()) {
                int i = r.index() * methods + m.ordinal();
                long loads = r.launched(m) - lastRouteLoads[i];
                if (loads > 0) {
                    RouteMonth row = new RouteMonth(r.label(), m.name(), month.toString(), reported, loads,
                            r.launchedKg(m) - lastRouteKg[i]);
                    sink.route(row);
                    tally.add(row);
                }
                lastRouteLoads[i] = r.launched(m);
                lastRouteKg[i] = r.launchedKg(m);
            }
        }
    }

    private void start(PortshiftModel model) {
        last = new PortCounters[model.world().ports().size()];
        for (int i = 0; i < last.length; i++) {
            last[i] = new PortCounters();
        }
        int slots = model.world().routes().size() * Method.values().length;
        lastRouteKg = new double[slots];
        lastRouteLoads = new long[slots];
    }

    /** Each measure over the month: a flow's change since the last record, a level as it is now. */
    private static double[] monthOf(PortshiftModel model, Port p, PortCounters now, PortCounters before) {
        double[] values = new double[PortMeasure.count()];
        for (PortMeasure m : PortMeasure.values()) {
            values[m.ordinal()] = m.kind() == MeasureKind.FLOW ? now.get(m) - before.get(m) : m.levelAt(model, p);
        }
        return values;
    }
}
