package portshift.experiment;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import portshift.scenario.Sweep;

/**
 * A batch of replications of scenario variants, run into one folder: plan.json first (what the
 * batch is, so that --resume can check it finishes the same one), the runs as shards, then runs.csv
 * and ports.csv in task order.
 */
public final class Experiment {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final String command;
    private final List<Sweep.Variant> variants;
    private final int replications;
    private final long seed;
    private final List<Task> tasks = new ArrayList<>();

    public Experiment(String command, List<Sweep.Variant> variants, int replications, long seed) {
        if (replications < 1) {
            throw new IllegalArgumentException("replications must be >= 1");
        }
        this.command = command;
        this.variants = List.copyOf(variants);
        this.replications = replications;
        this.seed = seed;
        for (Sweep.Variant v : variants) {
            String scenario = v.scenario().mergedSha256();
            for (int r = 0; r < replications; r++) {
                tasks.add(new Task(tasks.size(), v.scenario().config(), r, Replication.seed(seed, r), scenario));
            }
        }
    }

    public List<Task> tasks() {
        return tasks;
    }

    public List<Sweep.Variant> variants() {
        return variants;
    }

    /** The batch's identity: command, variants with their scenario hashes, replications and seed. */
    String plan() {
        ObjectNode root = JSON.createObjectNode();
        root.put("command", command);
        root.put("replications", replications);
        root.put("seed", seed);
        ArrayNode list = root.putArray("variants");
        for (Sweep.Variant v : variants) {
            list.addObject().put("name", v.name()).put("file", v.scenario().file().toAbsolutePath().normalize().toString())
                    .put("sha256", v.scenario().sha256());
        }
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Checks the folder before any run: a new batch needs a folder without a plan; a resumed one the
     * same plan, or no plan and no runs yet (the batch was stopped before its first run, and starts
     * now). The plan is written before the first run. Mistakes are
     * {@link OutputFolder.OutputException}s (exit status 2), found before anything is created.
     */
    public void prepare(Path dir, boolean resume) {
        if (resume && dir.toString().isBlank()) {
            throw new OutputFolder.OutputException("--resume: expected a folder, found an empty name");
        }
        if (resume && !Files.isDirectory(dir)) {
            throw new OutputFolder.OutputException(dir + ": nothing to resume (no such folder); run without --resume");
        }
        OutputFolder.prepare(dir, command);
        Path planFile = dir.resolve("plan.json");
        try {
            if (resume && !Files.exists(planFile) && Files.exists(dir.resolve("shards"))) {
                throw new OutputFolder.OutputException(dir + ": cannot resume: it holds runs but no plan.json; "
                        + "run without --resume into another folder");
            }
            if (resume && Files.exists(planFile)) {
                if (!Files.readString(planFile).equals(plan())) {
                    throw new OutputFolder.OutputException(dir + ": holds a different batch (plan.json differs: scenarios, "
                            + "their files, --replications or --seed); resume with the same arguments");
                }
            } else {
                if (!resume && Files.exists(planFile)) {
                    throw new OutputFolder.OutputException(dir + ": already holds a batch; finish it with --resume " + dir
                            + " or choose another --out");
                }
                AtomicFiles.write(planFile, plan());
            }
        } catch (IOException e) {
            throw OutputFolder.cannotWrite(dir, e);
        }
    }

    /** The runner of this batch's runs in a folder: its shards record this plan. */
    public BatchRunner runner(Path dir, int threads) {
        return new BatchRunner(dir, threads, ShardFile.sha256(plan().getBytes(StandardCharsets.UTF_8)));
    }

    /** Runs what is not done yet and writes runs.csv and ports.csv; returns the rows in task order. */
    public BatchRunner.Shards run(Path dir, int threads, IntConsumer progress) {
        BatchRunner runner = runner(dir, threads);
        runner.run(tasks, progress);
        BatchRunner.Shards shards = runner.read(tasks);
        try {
            OutputFolder.unfinished(dir);
            AtomicFiles.write(dir.resolve("runs.csv"), ResultTables.header(ResultTables.RUN_COLUMNS) + shards.runRows());
            try (AtomicOutput out = AtomicOutput.open(dir.resolve("ports.csv"))) {
                out.write(ResultTables.header(ResultTables.PORT_COLUMNS));
                shards.writePortRows(out);
                out.commit();
            }
        } catch (IOException e) {
            throw OutputFolder.cannotWrite(dir, e);
        }
        return shards;
    }
}
