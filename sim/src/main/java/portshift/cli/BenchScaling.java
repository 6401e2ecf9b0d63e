package portshift.cli;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import portshift.experiment.Replication;
import portshift.model.ModelConfig;
import portshift.model.PortshiftModel;
import portshift.model.RunAccount;
import portshift.model.Trafficker;
import portshift.scenario.LoadedScenario;

/**
 * How the cost of a run grows with the work: the scenario as it is, with 10 and 100 times its trafficking organisations
 * (the same supply shared among more of them), in a synthetic world of 10 times the ports, in a synthetic world of 300
 * organisations and three times the ports (about 100 with the baseline's), and over 100 years. Each row is timed on
 * one thread after the warm-up, in CPU time, over as many runs as make a second (at least one): the cost per
 * organisation-week-option (a run's CPU time over the options its organisations value, every organisation every week)
 * and per shipment; the heap the model holds once built and its first week done; and the peak heap over the runs.
 */
final class BenchScaling {
    /** A row is timed over runs until they have taken this much CPU time. */
    private static final double SECONDS_PER_ROW = 1.0;
    private static final double WARM_UP_SECONDS = 3.0;
    /** The synthetic world of realistic size: organisations, and copies of every port. */
    static final int REALISTIC_ORGANISATIONS = 300;
    static final int REALISTIC_PORT_COPIES = 3;
    /** The goal for that world: six years on one thread. */
    static final double REALISTIC_GOAL_SECONDS = 10;

    private BenchScaling() {
    }

    static void print(LoadedScenario scenario, PrintWriter out) {
        out.printf(Locale.ROOT, "%-34s %6s %6s %6s %7s %10s %8s %11s %10s %9s %9s%n", "scaling (one thread, CPU)",
                "days", "orgs", "ports", "runs", "shipments", "s/run", "ns/org-week", "us/shipm.", "model MB",
                "peak MB");
        out.printf(Locale.ROOT, "%-34s %6s %6s %6s %7s %10s %8s %11s %10s %9s %9s%n", "", "", "", "", "", "/run", "",
                "-option", "", "", "");
        ModelConfig config = scenario.config();
        // the compiler settles over the first few seconds of runs: the rows are timed after
        timed(config, WARM_UP_SECONDS);
        row(out, "as it is", config);
        for (int times : new int[] {10, 100}) {
            row(out, times + "x the organisations", SyntheticWorlds.organisationsTimes(scenario, times).config());
        }
        row(out, "10x the ports (synthetic)", SyntheticWorlds.copiedPorts(config, 10));
        LoadedScenario realistic = SyntheticWorlds.organisations(scenario, REALISTIC_ORGANISATIONS);
        Row big = row(out, REALISTIC_ORGANISATIONS + " orgs, " + REALISTIC_PORT_COPIES + "x the ports (synthetic)",
                SyntheticWorlds.copiedPorts(realistic.config(), REALISTIC_PORT_COPIES));
        row(out, "100 years", scenario.with(Map.of("days", JsonNodeFactory.instance.numberNode(36_500))).config());
        out.printf(Locale.ROOT, "%d organisations and %d ports for %d days: %.2f s a run on one thread, against the "
                        + "goal of %.0f s (%s)%n", REALISTIC_ORGANISATIONS, big.ports(), big.days(), big.seconds(),
                REALISTIC_GOAL_SECONDS, big.seconds() <= REALISTIC_GOAL_SECONDS ? "met" : "missed");
        out.flush();
    }

    /** {runs, CPU seconds, shipments} of runs (seeds 1, 2 ...) on this thread until they take the CPU time given. */
    private static double[] timed(ModelConfig config, double seconds) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        int runs = 0;
        double shipments = 0;
        long cpu0 = threads.getCurrentThreadCpuTime();
        long cpu = 0;
        while (runs == 0 || cpu < seconds * 1e9) {
            shipments += Replication.run(config, 0, 1 + runs).summary().account(RunAccount.SHIPMENTS);
            runs++;
            cpu = threads.getCurrentThreadCpuTime() - cpu0;
        }
        return new double[] {runs, cpu / 1e9, shipments};
    }

    /** One row's figures. */
    record Row(int days, int organisations, int ports, double seconds) {
    }

    private static Row row(PrintWriter out, String name, ModelConfig config) {
        PortshiftModel built = new PortshiftModel(1, config);
        long before = BenchCommand.usedHeap();
        built.start();
        // a week, so that every buffer of the weekly choice is in use
        for (int day = 0; day < Math.min(7, config.days()); day++) {
            built.schedule.step(built);
        }
        long held = BenchCommand.usedHeap() - before;
        long optionsPerWeek = 0;
        for (Trafficker t : built.traffickers()) {
            optionsPerWeek += t.options().size();
        }
        int organisations = built.traffickers().size();
        int ports = built.world().ports().size();
        built = null;

        BenchCommand.resetPeaks();
        double[] timed = timed(config, SECONDS_PER_ROW);
        int runs = (int) timed[0];
        double seconds = timed[1] / runs;
        double shipments = timed[2];
        double weeks = Math.ceil(config.days() / 7.0);
        double perShipment = shipments > 0 ? 1e6 * seconds / (shipments / runs) : Double.NaN;
        out.printf(Locale.ROOT, "%-34s %6d %6d %6d %7d %10.0f %8.3f %11.2f %10.2f %9.1f %9.0f%n", name, config.days(),
                organisations, ports, runs, shipments / runs, seconds, 1e9 * seconds / (optionsPerWeek * weeks),
                perShipment, held / 1e6, BenchCommand.peakHeap() / 1e6);
        out.flush();
        return new Row(config.days(), organisations, ports, seconds);
    }
}
