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
