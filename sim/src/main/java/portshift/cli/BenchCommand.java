package portshift.cli;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import portshift.experiment.Concurrently;
import portshift.experiment.Replication;
import portshift.experiment.RunResult;
import portshift.model.ModelConfig;
import portshift.model.RunAccount;

/** {@code portshift bench}: throughput of the default world on one thread and on all threads. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure runs per second, simulated shipments per second and peak memory for a scenario "
                + "(default: the baseline), on one thread and on all threads. Prints figures; asserts nothing.")
final class BenchCommand extends Subcommand {
    @Mixin
    ScenarioOption scenario;

    @Option(names = "--runs", defaultValue = "8", description = "timed runs per thread (default: ${DEFAULT-VALUE})")
    int runs;

    @Option(names = "--scaling", description = "also time the scenario with 10x and 100x its organisations, in "
            + "synthetic worlds of 10x the ports and of 300 organisations and 3x the ports, and over 100 years: the "
            + "cost per organisation-week-option and per shipment, and the memory held (takes a few minutes)")
    boolean scaling;

    @Override
    public Integer call() throws Exception {
        Limits.count("--runs", runs, 1, 1000);
        portshift.scenario.LoadedScenario loaded = portshift.scenario.Sweep.refused(scenario.load(), "bench");
        ModelConfig config = loaded.config();
        int threads = Runtime.getRuntime().availableProcessors();
        for (int i = 0; i < 2; i++) {
            Replication.run(config, 0, 1000 + i);
        }
        resetPeaks();
        double[] one = measure(config, 1, runs);
        long peakOne = peakHeap();
        resetPeaks();
        double[] all = measure(config, threads, runs * threads);
        long peakAll = peakHeap();
        var out = out();
        out.printf(Locale.ROOT, "%s: %d days, %d-core machine%n", config.scenario(), config.days(), threads);
        out.printf(Locale.ROOT, "%-10s %8s %12s %14s %16s %14s%n", "threads", "runs", "runs/s", "s/run (wall)",
                "shipments/s", "peak heap MB");
        out.printf(Locale.ROOT, "%-10d %8.0f %12.2f %14.3f %16.0f %14.0f%n", 1, one[0], one[0] / one[1], one[1] / one[0],
                one[2] / one[1], peakOne / 1e6);
        out.printf(Locale.ROOT, "%-10d %8.0f %12.2f %14.3f %16.0f %14.0f%n", threads, all[0], all[0] / all[1],
                all[1] / all[0], all[2] / all[1], peakAll / 1e6);
        out.printf(Locale.ROOT, "speed-up with %d threads: %.2f x%n", threads, (all[0] / all[1]) / (one[0] / one[1]));
        if (scaling) {
            BenchScaling.print(loaded, out);
        }
        return 0;
    }

    /** {runs, wall seconds, shipments}. */
    private static double[] measure(ModelConfig config, int threads, int count) {
        long t0 = System.nanoTime();
        List<Supplier<RunResult>> runs = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int seed = i;
            runs.add(() -> Replication.run(config, seed, seed + 1));
        }
        double shipments = 0;
        for (RunResult r : Concurrently.map(threads, runs)) {
            shipments += (long) r.summary().account(RunAccount.SHIPMENTS);
        }
        return new double[] {count, (System.nanoTime() - t0) / 1e9, shipments};
    }

    static void resetPeaks() {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
    }

    /** The heap in use after a collection: what live objects hold. */
    static long usedHeap() {
        System.gc();
        System.gc();
        Runtime r = Runtime.getRuntime();
        return r.totalMemory() - r.freeMemory();
    }

    static long peakHeap() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }
}
