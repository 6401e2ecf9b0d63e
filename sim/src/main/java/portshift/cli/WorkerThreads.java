package portshift.cli;

import picocli.CommandLine.Option;

/** The number of worker threads, all cores unless told otherwise. */
final class WorkerThreads {
    @Option(names = "--threads", description = "worker threads (default: all cores)")
    Integer threads;

    int count() {
        return Limits.threads(threads);
    }
}
