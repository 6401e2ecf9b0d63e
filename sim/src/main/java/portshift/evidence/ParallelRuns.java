package portshift.evidence;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import portshift.experiment.Concurrently;
import portshift.experiment.Replication;
import portshift.experiment.RunResult;
import portshift.model.ModelConfig;

/** Replications of several configurations on a few threads, returned in order. */
final class ParallelRuns {
    private ParallelRuns() {
    }

    /** For each configuration, R runs with seeds base + r (common random numbers across configurations). */
    static List<List<RunResult>> run(List<ModelConfig> configs, int replications, long seed, int threads) {
        List<Supplier<RunResult>> runs = new ArrayList<>();
        for (ModelConfig c : configs) {
            for (int r = 0; r < replications; r++) {
                int rep = r;
                runs.add(() -> Replication.run(c, rep, Replication.seed(seed, rep)));
            }
        }
        List<RunResult> done = Concurrently.map(threads, runs);
        List<List<RunResult>> out = new ArrayList<>();
        for (int k = 0; k < configs.size(); k++) {
            out.add(done.subList(k * replications, (k + 1) * replications));
        }
        return out;
    }
}
