package portshift.experiment;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The Slurm scripts of an array job: {@code slurm.sbatch} runs one array task per element, {@code finish.sbatch}
 * merges, and {@code submit.sh} submits both, the merge to start once every array task has succeeded. Each script
 * changes to the job's working folder, so that the command line's relative paths hold on the compute nodes.
 */
public final class SlurmScripts {
    private SlurmScripts() {
    }

    /**
     * @param java      the Java launcher, as found when planning ({@code PORTSHIFT_JAVA} overrides it on the cluster)
     * @param classpath the program's class path (the jar)
     */
    public static void write(Path dir, ArrayJob job, String java, String classpath) throws IOException {
        Path abs = dir.toAbsolutePath().normalize();
        Files.createDirectories(abs.resolve("slurm-logs"));
        String run = "\"${PORTSHIFT_JAVA:-" + java + "}\" -Djava.awt.headless=true -cp " + quoted(classpath)
                + " portshift.cli.Main";
        AtomicFiles.write(abs.resolve("slurm.sbatch"), String.join("\n", List.of(
                "#!/bin/bash",
                "#SBATCH --job-name=portshift",
                "#SBATCH --array=0-" + (job.tasks() - 1),
                "#SBATCH --cpus-per-task=1",
                "#SBATCH --chdir=" + job.workdir(),
                "#SBATCH --output=" + abs.resolve("slurm-logs") + "/task-%a.out",
                "# one array task: its share of the runs, into " + abs.resolve("shards"),
                "set -euo pipefail",
                "exec " + run + " work " + quoted(abs.toString()) + " --task \"$SLURM_ARRAY_TASK_ID\" --threads "
                        + "\"${SLURM_CPUS_PER_TASK:-1}\"",
                "")));
        AtomicFiles.write(abs.resolve("finish.sbatch"), String.join("\n", List.of(
                "#!/bin/bash",
                "#SBATCH --job-name=portshift-finish",
                "#SBATCH --cpus-per-task=1",
                "#SBATCH --chdir=" + job.workdir(),
                "#SBATCH --output=" + abs.resolve("slurm-logs") + "/finish.out",
                "# merges the tasks' shards into the experiment's files; lists the missing tasks if any",
                "set -euo pipefail",
                "exec " + run + " finish " + quoted(abs.toString()),
                "")));
        AtomicFiles.write(abs.resolve("submit.sh"), String.join("\n", List.of(
                "#!/bin/sh",
                "# submits the array, then the merge to run after every array task has succeeded",
                "set -eu",
                "mkdir -p " + quoted(abs.resolve("slurm-logs").toString()),
                "array=$(sbatch --parsable " + quoted(abs.resolve("slurm.sbatch").toString()) + ")",
                "array=${array%%;*}",
                "merge=$(sbatch --parsable --dependency=afterok:$array \"$@\" "
                        + quoted(abs.resolve("finish.sbatch").toString()) + ")",
                "echo \"array job $array, merge job ${merge%%;*}\"",
                "")));
        abs.resolve("submit.sh").toFile().setExecutable(true);
    }

    /** The Java launcher this program runs on, for the scripts of its array tasks. */
    public static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** A word quoted for the shell. */
    public static String quoted(String s) {
        return "'" + s.replace("'", "'\\''") + "'";
    }
}
