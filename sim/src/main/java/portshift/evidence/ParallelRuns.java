package portshift.evidence;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import portshift.experiment.Replication;
import portshift.experiment.RunResult;
import portshift.model.ModelConfig;

/** Replications of several configurations on a thread pool, returned in order. */
final class ParallelRuns {
    private ParallelRuns() {
    }

    /** For each configuration, R runs with seeds base + r (common random numbers across configurations). */
    static List<List<RunResult>> run(List<ModelConfig> configs, int replications, long seed, int threads) {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
        try {
            List<List<Future<RunResult>>> futures = new ArrayList<>();
            for (ModelConfig c : configs) {
                List<Future<RunResult>> runs = new ArrayList<>();
                for (int r = 0; r < replications; r++) {
                    int rep = r;
                    runs.add(pool.submit(() -> Replication.run(c, rep, Replication.seed(seed, rep))));
                }
                futures.add(runs);
            }
            List<List<RunResult>> out = new ArrayList<>();
            for (List<Future<RunResult>> runs : futures) {
                List<RunResult> results = new ArrayList<>();
                for (Future<RunResult> f : runs) {
                    results.add(f.get());
                }
                out.add(results);
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }
}
