package portshift.cli;

import portshift.model.Doc;
import portshift.scenario.ScenarioException;

/**
 * The ranges of the command line's numbers, checked before any work starts. Replications and the
 * runs of one command are bounded by memory: while an experiment's results are merged, every run's
 * monthly port rows are held at once (about 0.4 MB per 6-year run).
 */
final class Limits {
    static final int MAX_THREADS = 1024;
    static final int MAX_REPLICATIONS = 1000;
    static final int MAX_RUNS = 4000;
    /** Runs of a job array, which shares them among tasks and merges one run's rows at a time. */
    static final int MAX_ARRAY_RUNS = 40_000;
    static final int MAX_DAYS = (int) Doc.MAX_DAYS;

    private Limits() {
    }

    /** The value, or a one-line error naming the option, its range and what was given. */
    static int count(String option, int value, int min, int max) {
        if (value < min || value > max) {
            throw new ScenarioException(option + ": expected a whole number from " + min + " to " + max + ", found " + value);
        }
        return value;
    }

    /** Checks the runs of one command (variants x replications) before any is planned. */
    static void runs(int variants, int replications, ExperimentOptions options) {
        long runs = (long) variants * replications;
        int max = options.array() ? MAX_ARRAY_RUNS : MAX_RUNS;
        if (runs > max) {
            throw new ScenarioException("this command would make " + runs + " runs (" + variants + " variants x "
                    + replications + " replications); at most " + max + " fit in one command"
                    + (options.array() ? "" : ", or " + MAX_ARRAY_RUNS + " in a job array (--plan-only)"));
        }
    }

    /** Worker threads: as given and checked, or all cores. */
    static int threads(Integer given) {
        return given != null ? count("--threads", given, 1, MAX_THREADS) : Runtime.getRuntime().availableProcessors();
    }
}
