package portshift.optimize;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import portshift.analysis.InterventionWindow;
import portshift.analysis.Metric;
import portshift.analysis.Outcome;
import portshift.analysis.RecordedRun;
import portshift.analysis.Reference;
import portshift.analysis.RunMetrics;
import portshift.experiment.AtomicFiles;
import portshift.experiment.OutputFolder;
import portshift.experiment.Replication;
import portshift.experiment.RunResult;
import portshift.model.ModelConfig;

/**
 * Runs allocations: each on every uncertainty point, R replications on the seeds seed + r (the same for
 * every allocation: common random numbers), on a pool of threads. Each allocation's runs are kept in
 * a file of their own, written whole or not at all and read back, so that a search stopped at any
 * moment resumes with the runs it has, and a resumed search gives the same bytes as one that ran
 * through.
 */
public final class Evaluator implements AutoCloseable {
    private final Objective objective;
    private final List<ModelConfig> points;
    private final AllocationScenario scenario;
    private final Reference reference;
    private final int replications;
    private final long seed;
    private final Path store;
    private final ExecutorService pool;
    private SlurmSteps cluster;
    private int runs;

    /**
     * @param points the configurations of the uncertainty points (one: the scenario itself)
     * @param store  the folder keeping each allocation's runs
     */
    public Evaluator(Objective objective, List<ModelConfig> points, AllocationScenario scenario, Reference reference,
                     int replications, long seed, int threads, Path store) {
        this.objective = objective;
        this.points = List.copyOf(points);
        this.scenario = scenario;
        this.reference = reference;
        this.replications = replications;
        this.seed = seed;
        this.store = store;
        this.pool = Executors.newFixedThreadPool(Math.max(1, threads), r -> {
            Thread t = new Thread(r, "portshift-optimize");
            t.setDaemon(true);
            return t;
        });
    }

    /** Runs the allocations still to run as Slurm job arrays rather than on this machine's threads. */
    public Evaluator onCluster(SlurmSteps steps) {
        this.cluster = steps;
        return this;
    }

    /** Runs done by this evaluator (not those read back from an earlier search). */
    public int runs() {
        return runs;
    }

    public int replications() {
        return replications;
    }

    public long seed() {
        return seed;
    }

    /** The allocations' evaluations, in order; runs already kept are read back, the others run in parallel. */
    public List<Evaluation> evaluate(List<Allocation> allocations) {
        if (cluster != null) {
            List<Allocation> missing = allocations.stream().distinct().filter(a -> !Files.isRegularFile(file(a))).toList();
            if (!missing.isEmpty()) {
                cluster.run(missing, seed, replications);
                runs += missing.size() * points.size() * replications;
            }
        }
        List<Future<String>> pending = new ArrayList<>();
        for (Allocation a : allocations) {
            Path file = file(a);
            pending.add(Files.isRegularFile(file) ? null : pool.submit(() -> run(a)));
        }
        List<Evaluation> out = new ArrayList<>();
        for (int i = 0; i < allocations.size(); i++) {
            Allocation a = allocations.get(i);
            try {
                if (pending.get(i) != null) {
                    AtomicFiles.write(file(a), pending.get(i).get());
                    runs += points.size() * replications;
                }
                out.add(read(a));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            } catch (ExecutionException e) {
                throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
            } catch (IOException e) {
                throw OutputFolder.cannotWrite(store, e);
            }
        }
        return out;
    }

    public Evaluation evaluate(Allocation a) {
        return evaluate(List.of(a)).get(0);
    }

    /** One allocation's runs, as the lines of its file: point, replication, outcome, delay. */
    private String run(Allocation a) {
        StringBuilder lines = new StringBuilder("point,replication,outcome,delay\n");
        for (int p = 0; p < points.size(); p++) {
            ModelConfig config = scenario.with(points.get(p), a);
            List<InterventionWindow> windows = portshift.experiment.Outcomes.windows(config);
            for (int r = 0; r < replications; r++) {
                RunResult run = Replication.run(config, r, Replication.seed(seed, r));
                Map<Metric, Double> m = RunMetrics.of(RecordedRun.of(run.summary(), run.ports()), reference, windows);
                lines.append(p).append(',').append(r).append(',').append(m.get(Metric.of(objective.outcome())))
                        .append(',').append(m.get(Metric.of(Outcome.LEGIT_DELAY))).append('\n');
            }
        }
        return lines.toString();
    }

    private Evaluation read(Allocation a) throws IOException {
        double[][] value = new double[points.size()][replications];
        double[][] delay = new double[points.size()][replications];
        List<String> lines = Files.readAllLines(file(a), StandardCharsets.UTF_8);
        if (lines.size() != 1 + points.size() * replications) {
            throw new OutputFolder.OutputException(file(a) + ": damaged since it was written; delete it and run again");
        }
        for (String line : lines.subList(1, lines.size())) {
            String[] c = line.split(",");
            int p = Integer.parseInt(c[0]);
            int r = Integer.parseInt(c[1]);
            value[p][r] = Double.parseDouble(c[2]);
            delay[p][r] = Double.parseDouble(c[3]);
        }
        return new Evaluation(a, value, delay);
    }

    private Path file(Allocation a) {
        return store.resolve(a.key() + "-seed" + seed + ".csv");
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
