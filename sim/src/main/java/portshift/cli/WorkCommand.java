package portshift.cli;

import java.nio.file.Path;
import java.util.List;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code portshift work DIR --task I}: one array task's share of an experiment planned with --plan-only. */
@Command(name = "work", mixinStandardHelpOptions = true,
        description = "Run array task I's share of the runs of the experiment planned in DIR (with --plan-only), "
                + "into DIR/shards; runs already there are kept. Merge with 'portshift finish DIR'.")
final class WorkCommand extends Subcommand {
    @Parameters(index = "0", paramLabel = "DIR", description = "the folder of the planned experiment")
    Path dir;

    @Option(names = "--task", required = true, paramLabel = "I",
            description = "the array task, from 0 (Slurm: $SLURM_ARRAY_TASK_ID)")
    int task;

    @Mixin
    WorkerThreads threads;

    @Override
    public Integer call() {
        return ArrayStep.run(this, dir, List.of("--array-task", String.valueOf(task), "--threads",
                String.valueOf(threads.count()), "--quiet"));
    }
}
