package portshift.cli;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

import picocli.CommandLine.Option;
import portshift.scenario.ScenarioException;

/** Options shared by the commands that run many replications. */
final class ExperimentOptions {
    /** Replications per scenario: each command declares its own option and default for it. */
    int replications;

    @Option(names = "--threads", paramLabel = "N", description = "worker threads (default: all cores)")
    Integer threads;

    @Option(names = "--seed", defaultValue = "1", description = "base seed; replication r runs with seed + r (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--out", paramLabel = "DIR", description = "output folder")
    Path out;

    @Option(names = "--resume", paramLabel = "DIR", description = "finish an interrupted run of the same command in DIR")
    Path resume;

    @Option(names = {"-q", "--quiet"}, description = "no progress bar")
    boolean quiet;

    @Option(names = "--plan-only", description = "write the plan, job.json and Slurm scripts (slurm.sbatch, finish.sbatch, "
            + "submit.sh) into --out DIR for a job array, and run nothing; see 'portshift work' and 'portshift finish'")
    boolean planOnly;

    @Option(names = "--tasks", paramLabel = "K", description = "with --plan-only: array tasks to share the runs "
            + "(default: one per 10 runs, at most 1000)")
    Integer tasks;

    /** Set by 'portshift work': run only this array task's share of the plan, and merge nothing. */
    @Option(names = "--array-task", hidden = true)
    Integer arrayTask;

    /** Set by 'portshift finish': merge a complete plan, and run nothing. */
    @Option(names = "--merge-only", hidden = true)
    boolean mergeOnly;

    /**
     * Checks the numbers before any work: at least {@code least} replications ({@code purpose} says
     * what they are needed for, if anything), and the thread count.
     */
    void check(int least, String purpose) {
        threads();
        if (replications < least) {
            throw new ScenarioException("--replications: expected at least " + least + purpose + ", found " + replications);
        }
        Limits.count("--replications", replications, least, Limits.MAX_REPLICATIONS);
    }

    /** Whether this command plans, runs a task of, or merges a job array. */
    boolean array() {
        return planOnly || arrayTask != null || mergeOnly;
    }

    int threads() {
        return Limits.threads(threads);
    }

    /** The output folder: --resume, else --out, else results/NAME-TIME. */
    Path folder(String name) {
        if (resume != null) {
            return resume;
        }
        if (out != null) {
            return out;
        }
        String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        return Path.of("results", name + "-" + stamp);
    }
}
