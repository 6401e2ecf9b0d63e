package portshift.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import portshift.experiment.ArrayJob;
import portshift.experiment.BatchRunner;
import portshift.experiment.Experiment;
import portshift.experiment.OutputFolder;
import portshift.experiment.SlurmScripts;
import portshift.experiment.Task;

/**
 * An experiment as a job array: planned once ({@code --plan-only}), each task running its share of the runs into the
 * shared folder ({@code portshift work}), and merged when every run is there ({@code portshift finish}).
 */
final class ArrayPlanning {
    /** Default share of runs per array task. */
    private static final int RUNS_PER_TASK = 10;
    private static final int MAX_TASKS = 1000;

    private ArrayPlanning() {
    }

    /** Writes plan.json, job.json and the Slurm scripts; runs nothing. */
    static ExperimentExecution.Done plan(Experiment experiment, Path dir, ExperimentOptions options, Subcommand command) {
        if (options.out == null) {
            throw new OutputFolder.OutputException("--plan-only: expected --out DIR, the folder the array tasks share");
        }
        if (options.resume != null) {
            throw new OutputFolder.OutputException("--plan-only: plans a new experiment; it cannot --resume one");
        }
        List<String> argv = new ArrayList<>(command.spec.commandLine().getParseResult().originalArgs());
        planInto(experiment, dir, options.tasks, argv, command);
        return null;
    }

    /**
     * Plans the experiment into dir for a job array whose tasks and merge run the given command line (without this
     * step's own options, which {@link ArrayJob#stored} leaves out) on the folder; writes plan.json, job.json and the
     * Slurm scripts, runs nothing, and says how to submit them.
     *
     * @param wanted array tasks, or null for one per {@value #RUNS_PER_TASK} runs
     */
    static void planInto(Experiment experiment, Path dir, Integer wanted, List<String> argv, Subcommand command) {
        int runs = experiment.tasks().size();
        int tasks = wanted != null ? Limits.count("--tasks", wanted, 1, MAX_TASKS)
                : Math.min(MAX_TASKS, (runs + RUNS_PER_TASK - 1) / RUNS_PER_TASK);
        tasks = Math.min(tasks, runs);
        Path workdir = Path.of("").toAbsolutePath();
        SlurmScripts.checkFolders(dir, workdir);
        experiment.prepare(dir, false);
        ArrayJob job = new ArrayJob(ArrayJob.stored(argv), tasks, workdir);
        try {
            job.write(dir);
            SlurmScripts.write(dir, job, SlurmScripts.java(), SlurmScripts.classpath());
        } catch (IOException e) {
            throw new OutputFolder.OutputException(dir + ": cannot write the job: " + OutputFolder.reason(e));
        }
        Path abs = dir.toAbsolutePath().normalize();
        command.out().printf("%d runs planned as %d array tasks in %s%n", runs, tasks, Printable.of(abs.toString()));
        command.out().printf("submit the array and the merge after it:  %s%n", Printable.of(abs.resolve("submit.sh").toString()));
        command.out().printf("or by hand:  sbatch %s, then portshift finish %s%n",
                Printable.of(abs.resolve("slurm.sbatch").toString()), Printable.of(abs.toString()));
    }

    /** Runs the runs of this array task that are not done yet. */
    static void work(Experiment experiment, Path dir, ExperimentOptions options) {
        ArrayJob job = ArrayJob.read(dir);
        int task = Limits.count("--task", options.arrayTask, 0, job.tasks() - 1);
        List<Task> mine = experiment.tasks().stream().filter(t -> job.taskOf(t.index()) == task).toList();
        experiment.runner(dir, options.threads()).runShare(mine);
    }

    /** Refuses to merge while runs are missing, naming the array tasks to submit again. */
    static void checkComplete(Experiment experiment, Path dir) {
        ArrayJob job = ArrayJob.read(dir);
        BatchRunner runner = experiment.runner(dir, 1);
        List<Task> missing = runner.missing(experiment.tasks());
        if (!missing.isEmpty()) {
            Set<Integer> tasks = job.tasksOf(missing);
            String ids = tasks.stream().map(String::valueOf).collect(Collectors.joining(","));
            List<Path> foreign = runner.foreign(missing);
            String others = foreign.isEmpty() ? "" : " (" + foreign.size() + (foreign.size() == 1 ? " shard, " : " shards, such as ")
                    + foreign.get(0).getFileName() + ", made for another plan, scenario or seed)";
            String script = SlurmScripts.quoted(dir.toAbsolutePath().normalize().resolve("slurm.sbatch").toString());
            throw new OutputFolder.OutputException(dir + ": " + missing.size() + " of " + experiment.tasks().size()
                    + " runs are missing" + others + ", from array tasks " + ids + "; submit them again with "
                    + "sbatch --array=" + ids + " " + script + ", then run finish again");
        }
    }
}
