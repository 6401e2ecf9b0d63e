package portshift.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import portshift.experiment.ArrayJob;
import portshift.experiment.OutputFolder;

/** A step of a job array: the planned command line, run again on its folder with the step's own options. */
final class ArrayStep {
    private ArrayStep() {
    }

    /** Runs the job's command line on {@code dir} with these options added; returns its exit status. */
    static int run(Subcommand step, Path dir, List<String> added) {
        ArrayJob job = ArrayJob.read(dir);
        Path here = Path.of("").toAbsolutePath().normalize();
        if (!here.equals(job.workdir().normalize())) {
            throw new OutputFolder.OutputException(dir + ": planned from " + job.workdir() + ", whose relative paths "
                    + "its command line uses; run this from there (the Slurm scripts change to it)");
        }
        List<String> argv = new ArrayList<>(job.argv());
        argv.addAll(List.of("--resume", dir.toAbsolutePath().normalize().toString()));
        argv.addAll(added);
        return Main.execute(argv.toArray(String[]::new), step.out(), step.err());
    }
}
