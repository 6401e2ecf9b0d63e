package portshift.experiment;

import portshift.model.ModelConfig;
import portshift.model.Phase;
import portshift.model.PortshiftModel;
import portshift.observe.MonthlyCollector;
import portshift.observe.MonthlyRows;
import portshift.observe.MonthlySink;
import sim.engine.Schedule;

/** Runs one replication of a configuration headless, from start to the last day. */
public final class Replication {
    private Replication() {
    }

    /** Seed of replication r of a batch with base seed s: s + r. */
    public static long seed(long baseSeed, int replication) {
        return baseSeed + replication;
    }

    /** A run whose monthly rows are kept in memory, in the result. */
    public static RunResult run(ModelConfig config, int replication, long seed) {
        return run(config, replication, seed, new MonthlyRows());
    }

    /** A run whose monthly rows go to the sink as they are made. */
    public static RunResult run(ModelConfig config, int replication, long seed, MonthlySink sink) {
        long t0 = System.nanoTime();
        PortshiftModel model = new PortshiftModel(seed, config);
        model.start();
        MonthlyCollector collector = new MonthlyCollector(sink);
        model.schedule.scheduleRepeating(Schedule.EPOCH, Phase.COLLECTORS.ordering(), collector, 1);
        for (int day = 0; day < config.days(); day++) {
            if (!model.schedule.step(model)) {
                break;
            }
        }
        model.finish();
        return RunResult.of(model, collector, replication, seed, (System.nanoTime() - t0) / 1e9);
    }
}
