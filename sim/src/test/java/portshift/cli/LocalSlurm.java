package portshift.cli;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A single-node Slurm on this machine for a test: munged, slurmctld and slurmd started by hand from Debian's packages
 * with a configuration for localhost in a temporary folder, and stopped by their process ids on close.
 */
final class LocalSlurm implements AutoCloseable {
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
        for (int i = 0; i < 60; i++) {
            if (output("sinfo", "-h", "-o", "%t").strip().equals("idle")) {
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

    /** Runs a command with this cluster's environment; returns its standard output and error. */
    String output(String... command) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        if (conf != null) {
            pb.environment().putAll(environment());
        }
        Process p = pb.start();
        String text = new String(p.getInputStream().readAllBytes());
        if (!p.waitFor(600, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException(String.join(" ", command) + ": did not finish in 10 minutes");
        }
        return text;
    }

    private void start(Path pidFile, String... command) throws IOException, InterruptedException {
        pidFiles.add(pidFile);
        Process p = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve("log").resolve(Path.of(command[0]).getFileName() + ".out").toFile()).start();
        if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IOException(command[0] + " did not start; see " + dir.resolve("log"));
        }
        for (int i = 0; i < 40 && !Files.exists(pidFile); i++) {
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
