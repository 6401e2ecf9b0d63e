package portshift.experiment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntConsumer;

/**
 * Runs a batch of tasks on a thread pool, one SimState per task. Each finished run is written at
 * once, atomically, as a shard in {@code shards/}: its port rows first, then its run row, whose
 * presence marks the run as done. A batch killed at any moment is finished by running only the tasks
 * without a run shard. Results are read back in task order, so they do not depend on the thread count.
 */
public final class BatchRunner {
    private final Path shards;
    private final int threads;

    public BatchRunner(Path outDir, int threads) {
        this.shards = outDir.resolve("shards");
        this.threads = threads;
    }

    /** Runs the tasks not done yet; {@code progress} hears of each run finished (with the count done). */
    public void run(List<Task> tasks, IntConsumer progress) {
        try {
            Files.createDirectories(shards);
        } catch (IOException e) {
            throw new OutputFolder.OutputException(shards + ": cannot write results: " + OutputFolder.reason(e));
        }
        List<Task> todo = new ArrayList<>();
        int done = 0;
        for (Task t : tasks) {
            if (Files.exists(runShard(t))) {
                done++;
            } else {
                todo.add(t);
            }
        }
        progress.accept(done);
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads), r -> {
            Thread thread = new Thread(r, "portshift-run");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (Task t : todo) {
                futures.add(pool.submit(() -> {
                    RunResult result = Replication.run(t.config(), t.replication(), t.seed());
                    write(t, result);
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                f.get();
                progress.accept(++done);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private void write(Task t, RunResult result) {
        try {
            AtomicFiles.write(portShard(t), ResultTables.portRows(result));
            AtomicFiles.write(runShard(t), ResultTables.runRow(result.summary()));
        } catch (IOException e) {
            throw new OutputFolder.OutputException(shards + ": cannot write results: " + OutputFolder.reason(e));
        }
    }

    /** The finished batch, in task order: the run rows and the port rows, without headers. */
    public Shards read(List<Task> tasks) {
        StringBuilder runs = new StringBuilder();
        StringBuilder ports = new StringBuilder();
        try {
            for (Task t : tasks) {
                runs.append(Files.readString(runShard(t)));
                ports.append(Files.readString(portShard(t)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Shards(runs.toString(), ports.toString());
    }

    /** The concatenated rows of a finished batch. */
    public record Shards(String runRows, String portRows) {
    }

    private Path runShard(Task t) {
        return shards.resolve(t.key() + ".run.csv");
    }

    private Path portShard(Task t) {
        return shards.resolve(t.key() + ".ports.csv");
    }
}
