package portshift.cli;

import java.nio.file.Path;
import java.util.List;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code portshift finish DIR}: merges the shards of a job array into the experiment's files. */
@Command(name = "finish", mixinStandardHelpOptions = true,
        description = "Merge the runs of the experiment planned in DIR (with --plan-only) into its files, as the "
                + "command would have written them; if runs are missing, list the array tasks to submit again "
                + "and merge nothing.")
final class FinishCommand extends Subcommand {
    @Parameters(index = "0", paramLabel = "DIR", description = "the folder of the planned experiment")
    Path dir;

    @Override
    public Integer call() {
        return ArrayStep.run(this, dir, List.of("--merge-only", "--quiet"));
    }
}
