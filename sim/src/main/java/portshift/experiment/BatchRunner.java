package portshift.experiment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntConsumer;

import portshift.observe.PortMonth;

/**
 * Runs a batch of tasks on a thread pool, one SimState per task. Each run writes its shards in
 * {@code shards/}: its port rows as they are made, then its run row; each shard is synced, renamed
 * into place whole and ends with its checksum. A run is done when both its shards are whole, so a
 * batch killed at any moment (even by a power cut) is finished by running only the other tasks, and
 * leftover temporary files are removed first. Results are read back in task order, so they do not
 * depend on the thread count.
 */
public final class BatchRunner {
    private final Path shards;
    private final int threads;
    private final String plan;

    /** @param plan the hash of the batch's plan, which every shard of it records */
    BatchRunner(Path outDir, int threads, String plan) {
        this.shards = outDir.resolve("shards");
        this.threads = threads;
        this.plan = plan;
    }

    /** Runs the tasks not done yet; {@code progress} hears of each run finished (with the count done). */
    public void run(List<Task> tasks, IntConsumer progress) {
        createShards();
        TempFiles.removeLeftovers(shards.getParent());
        TempFiles.removeLeftovers(shards);
        List<Task> todo = missing(tasks);
        execute(todo, tasks.size() - todo.size(), progress);
    }

    /**
     * Runs one array task's share of the tasks not done yet. Other tasks may be writing into the same folder at the
     * same time, so no leftover is removed: each run writes through its own temporary files.
     */
    public void runShare(List<Task> share) {
        createShards();
        execute(missing(share), 0, done -> { });
    }

    /** The tasks whose run or port shard is missing, damaged or made for another run, in order. */
    public List<Task> missing(List<Task> tasks) {
        return tasks.stream().filter(t -> !read(t, runShard(t)).whole() || !read(t, portShard(t)).whole()).toList();
    }

    /** The shards, of these tasks, that are whole but were made for another plan, scenario or seed. */
    public List<Path> foreign(List<Task> tasks) {
        List<Path> out = new ArrayList<>();
        for (Task t : tasks) {
            for (Path shard : List.of(runShard(t), portShard(t))) {
                if (read(t, shard).state() == ShardFile.State.FOREIGN) {
                    out.add(shard);
                }
            }
        }
        return out;
    }

    private ShardFile.Read read(Task t, Path shard) {
        return ShardFile.read(shard, identity(t));
    }

    private String identity(Task t) {
        return ShardFile.identity(plan, t.scenarioSha256(), t.seed());
    }

    private void createShards() {
        try {
            ResultPaths.folder(shards);
        } catch (IOException e) {
            throw OutputFolder.cannotWrite(shards, e);
        }
    }

    private void execute(List<Task> todo, int done0, IntConsumer progress) {
        int done = done0;
        progress.accept(done);
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads), r -> {
            Thread thread = new Thread(r, "portshift-run");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (Task t : interleaved(todo)) {
                futures.add(pool.submit(() -> {
                    runInto(t);
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

    /**
     * The tasks in the order to start them: the first replication of each scenario, then the second of each, and so
     * on. The compiler then learns every scenario's paths from the first runs, rather than compiling for the first
     * scenario and compiling again when the next takes a branch the first never took. Results are written in the
     * batch's order whatever the order the runs end in.
     */
    static List<Task> interleaved(List<Task> tasks) {
        Map<String, List<Task>> byScenario = new LinkedHashMap<>();
        for (Task t : tasks) {
            byScenario.computeIfAbsent(t.scenarioSha256(), k -> new ArrayList<>()).add(t);
        }
        List<Task> out = new ArrayList<>(tasks.size());
        for (int k = 0; out.size() < tasks.size(); k++) {
            for (List<Task> runs : byScenario.values()) {
                if (k < runs.size()) {
                    out.add(runs.get(k));
                }
            }
        }
        return out;
    }

    /** Runs a task, its port rows streamed to their shard, then writes its run shard. */
    private void runInto(Task t) {
        try (AtomicOutput ports = AtomicOutput.open(portShard(t)); AtomicOutput run = AtomicOutput.open(runShard(t))) {
            StreamedRows rows = new StreamedRows(ports, null, t.config().scenario(), t.replication(), t.seed());
            RunResult result = Replication.run(t.config(), t.replication(), t.seed(), rows);
            ports.write(identity(t));
            ports.sealAndCommit();
            run.write(ResultTables.runRow(result.summary()));
            run.write(identity(t));
            run.sealAndCommit();
        } catch (IOException | UncheckedIOException e) {
            throw OutputFolder.cannotWrite(shards, e);
        }
    }

    /**
     * The finished batch, in task order: the run rows, without headers, and the port shards. Every shard is checked
     * whole here. The port rows of the first shards, up to {@value #KEPT_CHARS} characters in all, are kept as read,
     * for the files and figures that read them again (and, if asked, parsed once); the others stay on disk and are read
     * one run at a time, so that a batch of thousands of runs does not hold its port rows in memory.
     */
    public Shards read(List<Task> tasks) {
        StringBuilder runs = new StringBuilder();
        List<Shard> ports = new ArrayList<>();
        long kept = 0;
        for (Task t : tasks) {
            runs.append(whole(runShard(t), identity(t)));
            String rows = whole(portShard(t), identity(t));
            kept += rows.length();
            ports.add(new Shard(portShard(t), identity(t), kept <= KEPT_CHARS ? new KeptRows(rows) : null));
        }
        return new Shards(runs.toString(), List.copyOf(ports));
    }

    /**
     * How many characters of port rows a finished batch keeps in memory (the default comparison's are about 20 M; with
     * their parsed rows, which compare keeps, about 50 MB of heap).
     */
    static final long KEPT_CHARS = 64_000_000;

    private static String whole(Path shard, String identity) {
        ShardFile.Read read = ShardFile.read(shard, identity);
        if (!read.whole()) {
            throw new OutputFolder.OutputException(shard + ": " + (read.state() == ShardFile.State.FOREIGN
                    ? "made for another plan" : "missing or damaged") + " since its run; run again with --resume");
        }
        return read.rows();
    }

    /** A port shard, the run it must have been made for, and its rows as checked if they were kept (or null). */
    record Shard(Path file, String identity, KeptRows rows) {
        @Override
        public String toString() {
            return file.toString();
        }
    }

    /**
     * The rows of a finished batch: its run rows (one per task, in task order) and, per task, the shard holding its
     * port rows.
     */
    public record Shards(String runRows, List<Shard> portShards) {
        /** Task i's port rows, without header. */
        public String portRows(int i) {
            Shard shard = portShards.get(i);
            return shard.rows() != null ? shard.rows().text() : whole(shard.file(), shard.identity());
        }

        /**
         * Keeps the port rows kept in memory also as parsed once read, for a command that reads them several times
         * (their parsed form takes about 1.6 times the text's memory).
         */
        public Shards keepingParsedRows() {
            for (Shard shard : portShards) {
                if (shard.rows() != null) {
                    shard.rows().keepParsed();
                }
            }
            return this;
        }

        /** Task i's port rows, parsed (once, if they are kept in memory and {@link #keepingParsedRows} asked for it). */
        public List<ResultReader.PortRow> parsedPortRows(int i) {
            KeptRows kept = portShards.get(i).rows();
            return kept != null ? kept.parsed() : ResultReader.portRows(portRows(i));
        }

        /** Task i's port months, checked to be those of the run named (its row of runs.csv). */
        public List<PortMonth> portMonths(int i, String scenario, int replication) {
            List<PortMonth> out = new ArrayList<>();
            for (ResultReader.PortRow row : parsedPortRows(i)) {
                if (!row.scenario().equals(scenario) || row.replication() != replication) {
                    throw new IllegalStateException(portShards.get(i).file() + ": holds rows of another run");
                }
                out.add(row.month());
            }
            return out;
        }

        /** Every task's port rows, parsed, in task order; for figures of small experiments. */
        public List<ResultReader.PortRow> allPortRows() {
            List<ResultReader.PortRow> out = new ArrayList<>();
            forEachPortRow(out::add);
            return out;
        }

        /** Every port row in task order, one shard in memory at a time. */
        public void forEachPortRow(java.util.function.Consumer<ResultReader.PortRow> action) {
            for (int i = 0; i < portShards.size(); i++) {
                parsedPortRows(i).forEach(action);
            }
        }

        /** Writes the port rows to an output, shard after shard. */
        public void writePortRows(AtomicOutput out) throws IOException {
            for (int i = 0; i < portShards.size(); i++) {
                out.write(portRows(i));
            }
        }
    }

    private Path runShard(Task t) {
        return shards.resolve(t.key() + ".run.csv");
    }

    private Path portShard(Task t) {
        return shards.resolve(t.key() + ".ports.csv");
    }
}
