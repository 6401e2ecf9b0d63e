package portshift.experiment;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The Slurm scripts of an array job: {@code slurm.sbatch} runs one array task per element, {@code finish.sbatch}
 * merges, and {@code submit.sh} submits both, the merge to start once every array task has succeeded. Each job
 * script is a {@link JobScript}: it runs from the job's working folder, so that the command line's relative paths
 * hold on the compute nodes, and every path in it is quoted for the reader of its line (Slurm or the shell).
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
        JobScript.checkFolders(abs, job.workdir());
        Path logs = ResultPaths.folder(abs.resolve("slurm-logs"));
        String folder = JobScript.quoted(abs.toString());
        AtomicFiles.write(abs.resolve("slurm.sbatch"), new JobScript("portshift", job.tasks(), job.workdir(),
                logs, "task-%a.out", java, classpath)
                .script("one array task: its share of the runs, into the folder's shards/",
                        List.of("work", folder, "--task", "\"$SLURM_ARRAY_TASK_ID\"", "--threads",
                                "\"${SLURM_CPUS_PER_TASK:-1}\"")));
        AtomicFiles.write(abs.resolve("finish.sbatch"), new JobScript("portshift-finish", 0, job.workdir(), logs,
                "finish.out", java, classpath)
                .script("merges the tasks' shards into the experiment's files; lists the missing tasks if any",
                        List.of("finish", folder)));
        AtomicFiles.write(abs.resolve("submit.sh"), String.join("\n", List.of(
                "#!/bin/sh",
                "# submits the array, then the merge to run after every array task has succeeded",
                "set -eu",
                "dir=" + folder,
                "mkdir -p \"$dir/slurm-logs\"",
                "array=$(sbatch --parsable \"$dir/slurm.sbatch\")",
                "array=${array%%;*}",
                "merge=$(sbatch --parsable --dependency=afterok:$array \"$@\" \"$dir/finish.sbatch\")",
                "echo \"array job $array, merge job ${merge%%;*}\"",
                "")));
        abs.resolve("submit.sh").toFile().setExecutable(true);
    }

    /** Refuses, in one line, an output folder or working folder that a Slurm script cannot name (see JobScript). */
    public static void checkFolders(Path dir, Path workdir) {
        JobScript.checkFolders(dir.toAbsolutePath().normalize(), workdir);
    }

    /** The Java launcher this program runs on, for the scripts of its array tasks. */
    public static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** The program's class path, for the scripts of its array tasks. */
    public static String classpath() {
        return System.getProperty("java.class.path");
    }

    /** A word quoted for the shell. */
    public static String quoted(String s) {
        return JobScript.quoted(s);
    }
}
