package portshift.cli;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import portshift.ProcessBudget;

/**
 * A single-node Slurm on this machine for a test: munged, slurmctld and slurmd started by hand from Debian's packages
 * with a configuration for localhost in a temporary folder, and stopped by their process ids on close.
 */
final class LocalSlurm implements AutoCloseable {
    /**
     * CPU time for one command and the jobs Slurm runs for it (a hang guard). Quiet: at most 18 s (the
     * optimization and its six arrays; the compare's array and merge 14.5 s).
     */
    private static final Duration COMMAND_CPU = Duration.ofSeconds(600);
    /**
     * How long to wait for a daemon to start and for the node to become ready. This waits, it does not
     * time: on a quiet machine the node is idle at the first look, 0.1 s after the daemons start; five
     * minutes only ends the wait for a daemon that failed without a word, and no load makes a working
     * one that slow.
     */
    private static final Duration READY = Duration.ofMinutes(5);

    private final Path dir;
    private final Path conf;
    private final List<Path> pidFiles = new ArrayList<>();

    /** Whether the daemons and the client are installed and this process may start them (root). */
    static boolean available() {
        for (String p : List.of("/usr/sbin/munged", "/usr/sbin/slurmctld", "/usr/sbin/slurmd", "/usr/bin/sbatch")) {
            if (!Files.isExecutable(Path.of(p))) {
                return false;
            }
        }
        return "root".equals(System.getProperty("user.name")) && Files.isReadable(Path.of("/etc/munge/munge.key"));
    }

    /** Starts a cluster in {@code dir}, a folder of its own in the test's temporary folder. */
    LocalSlurm(Path dir) throws IOException, InterruptedException {
        this.dir = dir;
        Path socketDir = dir.resolve("munge");
        for (String d : List.of("state", "spool", "log", "munge")) {
            Files.createDirectories(dir.resolve(d));
        }
        socketDir.toFile().setExecutable(true, false);
        socketDir.toFile().setReadable(true, false);
        String host = output("hostname", "-s").strip();
        this.conf = dir.resolve("slurm.conf");
        Files.writeString(conf, String.join("\n", List.of(
                "ClusterName=portshift-test",
                "SlurmctldHost=" + host + "(127.0.0.1)",
                "SlurmUser=root",
                "SlurmdUser=root",
                "AuthType=auth/munge",
                "AuthInfo=socket=" + socketDir.resolve("munge.socket"),
                "CryptoType=crypto/munge",
                "MpiDefault=none",
                "ProctrackType=proctrack/linuxproc",
                "TaskPlugin=task/none",
                "SelectType=select/cons_tres",
                "SelectTypeParameters=CR_Core",
                "SchedulerType=sched/backfill",
                "ReturnToService=2",
                "JobAcctGatherType=jobacct_gather/none",
                "AccountingStorageType=accounting_storage/none",
                "StateSaveLocation=" + dir.resolve("state"),
                "SlurmdSpoolDir=" + dir.resolve("spool"),
                "SlurmctldPidFile=" + dir.resolve("slurmctld.pid"),
                "SlurmdPidFile=" + dir.resolve("slurmd.pid"),
                "SlurmctldLogFile=" + dir.resolve("log/slurmctld.log"),
                "SlurmdLogFile=" + dir.resolve("log/slurmd.log"),
                "SlurmctldPort=" + freePort(),
                "SlurmdPort=" + freePort(),
                "NodeName=" + host + " NodeAddr=127.0.0.1 CPUs=" + Runtime.getRuntime().availableProcessors()
                        + " State=UNKNOWN",
                "PartitionName=test Nodes=" + host + " Default=YES MaxTime=INFINITE State=UP",
                "")));
        start(dir.resolve("munged.pid"), "/usr/sbin/munged", "--socket=" + socketDir.resolve("munge.socket"),
                "--pid-file=" + dir.resolve("munged.pid"), "--log-file=" + dir.resolve("log/munged.log"), "--force");
        start(dir.resolve("slurmctld.pid"), "/usr/sbin/slurmctld", "-f", conf.toString());
        start(dir.resolve("slurmd.pid"), "/usr/sbin/slurmd", "-f", conf.toString());
        long started = System.nanoTime();
        while (System.nanoTime() - started < READY.toNanos()) {
            if (output("sinfo", "-h", "-o", "%t").strip().equals("idle")) {
                System.out.printf("Slurm: the node idle %.1f s after the daemons started%n", (System.nanoTime() - started) / 1e9);
                return;
            }
            Thread.sleep(500);
        }
        throw new IOException("the test's Slurm node did not become idle; see " + dir.resolve("log"));
    }

    /** The environment that points Slurm's client commands at this cluster. */
    Map<String, String> environment() {
        return Map.of("SLURM_CONF", conf.toString());
    }

    /**
     * Runs a command with this cluster's environment; returns its standard output and error. Its hang
     * guard counts the CPU time of the command and of the jobs this cluster runs meanwhile.
     */
    String output(String... command) throws IOException, InterruptedException {
        // to a file, so that the guard watches the command while it runs, not after its output has ended
        Path out = Files.createTempFile(dir, "command-", ".out");
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(out.toFile());
        if (conf != null) {
            pb.environment().putAll(environment());
        }
        String what = String.join(" ", command);
        ProcessBudget.waitFor(pb.start(), COMMAND_CPU, what.length() > 200 ? "…" + what.substring(what.length() - 200) : what,
                this::jobs);
        String text = Files.readString(out);
        Files.delete(out);
        return text;
    }

    /**
     * The processes of this cluster's jobs. Slurm runs them outside slurmd's tree, but each names on its
     * command line the files it works on, which are in the test's own temporary folder, this cluster's
     * parent.
     */
    private Stream<ProcessHandle> jobs() {
        String folder = dir.getParent().toString() + "/";
        return ProcessHandle.allProcesses().filter(p -> p.info().commandLine().filter(c -> c.contains(folder)).isPresent());
    }

    private void start(Path pidFile, String... command) throws IOException, InterruptedException {
        pidFiles.add(pidFile);
        Process p = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve("log").resolve(Path.of(command[0]).getFileName() + ".out").toFile()).start();
        // the daemon forks and its first process exits at once (munged: 0.004 s quiet); waiting, not timing
        if (!p.waitFor(READY.toSeconds(), TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IOException(command[0] + " did not start; see " + dir.resolve("log"));
        }
        long started = System.nanoTime();
        while (!Files.exists(pidFile) && System.nanoTime() - started < READY.toNanos()) {
            Thread.sleep(250);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    /** Stops the daemons by the process ids they wrote, the last started first. */
    @Override
    public void close() {
        for (int i = pidFiles.size() - 1; i >= 0; i--) {
            try {
                long pid = Long.parseLong(Files.readString(pidFiles.get(i)).strip());
                ProcessHandle.of(pid).ifPresent(h -> {
                    h.destroy();
                    // not a test of speed: a daemon that has not ended its own way in 10 s is killed, which fails nothing
                    h.onExit().orTimeout(10, TimeUnit.SECONDS).exceptionally(e -> {
                        h.destroyForcibly();
                        return h;
                    }).join();
                });
            } catch (IOException | NumberFormatException e) {
                // a daemon that wrote no pid file did not start
            }
        }
    }
}
