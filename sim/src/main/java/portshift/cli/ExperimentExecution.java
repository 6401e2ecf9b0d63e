package portshift.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import portshift.analysis.Metric;
import portshift.analysis.RunOutcomes;
import portshift.experiment.AtomicFiles;
import portshift.experiment.BatchRunner;
import portshift.experiment.Experiment;
import portshift.experiment.Manifest;
import portshift.experiment.Outcomes;
import portshift.experiment.OutputFolder;

/** Runs an experiment with a progress bar and records it, for compare and batch alike. */
final class ExperimentExecution {
    /** A finished experiment: its rows, and what this invocation did. */
    record Done(Experiment experiment, BatchRunner.Shards shards, long startNanos, int resumedRuns, int threads) {
        double seconds() {
            return (System.nanoTime() - startNanos) / 1e9;
        }

        /**
         * The outcomes per variant, read from the shards: on demand, for the commands that report them (patterns
         * reads its runs otherwise). Each call reads the shards again.
         */
        Map<String, List<Map<Metric, Double>>> outcomes() {
            return Outcomes.of(experiment, shards, Outcomes.reference(experiment.variants()), threads);
        }

        /** The same, each run with its replication and seed, for the comparison that pairs them. */
        Map<String, List<RunOutcomes>> runs() {
            return Outcomes.runs(experiment, shards, Outcomes.reference(experiment.variants()), threads);
        }
    }

    private ExperimentExecution() {
    }

    /**
     * Runs the experiment and reads its outcomes; or, in a job array, plans it ({@code --plan-only}), runs one task's
     * share ({@code work}) or merges it ({@code finish}). Planning and a task's share return null: there is nothing
     * to report yet.
     */
    static Done run(Experiment experiment, Path dir, ExperimentOptions options, Subcommand command) {
        if (options.planOnly) {
            return ArrayPlanning.plan(experiment, dir, options, command);
        }
        if (options.tasks != null) {
            throw new OutputFolder.OutputException("--tasks: shares the runs of a job array; give it with --plan-only");
        }
        experiment.prepare(dir, options.resume != null);
        if (options.arrayTask != null) {
            ArrayPlanning.work(experiment, dir, options);
            return null;
        }
        if (options.mergeOnly) {
            ArrayPlanning.checkComplete(experiment, dir);
        }
        long t0 = System.nanoTime();
        int[] before = {-1};
        BatchRunner.Shards shards;
        try (Progress progress = new Progress(experiment.tasks().size(), options.quiet)) {
            shards = experiment.run(dir, options.threads(), done -> {
                if (before[0] < 0) {
                    before[0] = done;
                }
                progress.accept(done);
            });
        }
        return new Done(experiment, shards, t0, Math.max(0, before[0]), options.threads());
    }

    /** Writes manifest.json last, once every other file is in place. */
    static void manifest(String command, Experiment experiment, Path dir, ExperimentOptions options, Done done)
            throws IOException {
        int total = experiment.tasks().size();
        AtomicFiles.write(dir.resolve(OutputFolder.MANIFEST), Manifest.experiment(command, experiment.variants(),
                experiment.tasks().stream().filter(t -> t.index() < options.replications).map(t -> t.seed()).toList(),
                options.threads(), done.seconds(), total - done.resumedRuns(), done.resumedRuns()));
    }
}
