package portshift.optimize;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import portshift.experiment.AtomicFiles;
import portshift.experiment.JobScript;
import portshift.experiment.OutputFolder;
import portshift.experiment.ResultPaths;
import portshift.experiment.SlurmScripts;

/**
 * A search's runs on a Slurm cluster: each step's allocations still to run go to one job array, whose
 * tasks each run a share of them (the same optimize command, with the step and the task) into the
 * folder's kept runs; the search waits for the array (sbatch --wait) and reads them. The search itself
 * is light and runs where it is started. Nothing is scheduled here: Slurm does it.
 */
public final class SlurmSteps {
    private final Path dir;
    private final int tasks;
    private final List<String> command;
    private int step;

    /**
     * @param tasks   array tasks per step at most
     * @param command the command a task runs, to which the step and the task are appended
     */
    public SlurmSteps(Path dir, int tasks, List<String> command) {
        this.dir = dir.toAbsolutePath().normalize();
        SlurmScripts.checkFolders(this.dir, Path.of("").toAbsolutePath());
        this.tasks = tasks;
        this.command = List.copyOf(command);
    }

    /** The file listing a step's allocations: its evaluator's seed and replications, its tasks, then their keys. */
    public static Path stepFile(Path dir, int step) {
        return dir.toAbsolutePath().normalize().resolve("slurm").resolve(String.format(Locale.ROOT, "step-%03d.txt", step));
    }

    /** Runs the allocations as one array job and waits for it to end. */
    void run(List<Allocation> allocations, long seed, int replications) {
        step++;
        int n = Math.min(tasks, allocations.size());
        Path folder = dir.resolve("slurm");
        Path logs = folder.resolve("logs");
        try {
            ResultPaths.folder(folder);
            ResultPaths.folder(logs);
            StringBuilder list = new StringBuilder("seed " + seed + " replications " + replications + " tasks " + n + "\n");
            allocations.forEach(a -> list.append(a.key()).append('\n'));
            AtomicFiles.write(stepFile(dir, step), list.toString());
            List<String> run = new ArrayList<>(command);
            run.addAll(List.of("--array-step", Integer.toString(step), "--array-task", "\"$SLURM_ARRAY_TASK_ID\"",
                    "--threads", "\"${SLURM_CPUS_PER_TASK:-1}\""));
            Path script = folder.resolve(String.format(Locale.ROOT, "step-%03d.sbatch", step));
            AtomicFiles.write(script, new JobScript("portshift-optimize", n, Path.of("").toAbsolutePath(), logs,
                    String.format(Locale.ROOT, "step-%03d-task-%%a.out", step), SlurmScripts.java(),
                    SlurmScripts.classpath()).script("a share of this step's allocations, each run into the folder's "
                    + "runs/", run));
            Process p = new ProcessBuilder("sbatch", "--wait", "--parsable", script.toString())
                    .redirectErrorStream(true).start();
            String said = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (p.waitFor() != 0) {
                throw new OutputFolder.OutputException(script + ": the array job failed (" + said.replace('\n', ' ')
                        + "); see " + logs + ", then run again with --resume");
            }
        } catch (IOException e) {
            throw new OutputFolder.OutputException(folder + ": cannot submit to Slurm: " + OutputFolder.reason(e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /**
     * The arguments of the command an array task runs: the optimize command as given (@files expanded), on this
     * folder, resuming, quiet, without --slurm, --out and --threads (the task sets its own), each word quoted for the
     * shell.
     *
     * @param given the arguments as given, with or without the command's name first
     */
    public static List<String> taskCommand(List<String> given, String name, Path dir) {
        List<String> args = new ArrayList<>(given);
        if (args.isEmpty() || !args.get(0).equals(name)) {
            args.add(0, name);
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (List.of("--slurm", "--out", "--threads").contains(a)) {
                i++;
            } else if (!a.startsWith("--slurm=") && !a.startsWith("--out=") && !a.startsWith("--threads=")
                    && !List.of("--resume", "-q", "--quiet").contains(a)) {
                out.add(SlurmScripts.quoted(a));
            }
        }
        out.addAll(List.of("--out", SlurmScripts.quoted(dir.toAbsolutePath().toString()), "--resume", "-q"));
        return out;
    }

    /** An array task's share of a step: the seed of the evaluator that asked, and the allocations to run. */
    public record Share(long seed, List<Allocation> allocations) {
    }

    /** Task {@code task}'s share of step {@code step}'s list: every task-th allocation. */
    public static Share share(Path dir, int step, int task, List<String> ports) throws IOException {
        List<String> lines = Files.readAllLines(stepFile(dir, step));
        String[] head = lines.get(0).split(" ");
        int tasks = Integer.parseInt(head[5]);
        List<Allocation> share = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            if ((i - 1) % tasks == task) {
                share.add(Allocation.fromKey(ports, lines.get(i)));
            }
        }
        return new Share(Long.parseLong(head[1]), share);
    }
}
