package portshift.gui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A private X display for GUI tests: Xvfb on a free display number, stopped when closed. */
final class XvfbDisplay implements AutoCloseable {
    private final Process process;
    final String name;

    private XvfbDisplay(Process process, String name) {
        this.process = process;
        this.name = name;
    }

    static boolean available() {
        return Files.isExecutable(Path.of("/usr/bin/Xvfb"));
    }

    static XvfbDisplay start() throws IOException, InterruptedException {
        for (int n = 90; n < 120; n++) {
            if (Files.exists(Path.of("/tmp/.X11-unix/X" + n)) || Files.exists(Path.of("/tmp/.X" + n + "-lock"))) {
                continue;
            }
            Process p = new ProcessBuilder("/usr/bin/Xvfb", ":" + n, "-screen", "0", "1600x1000x24", "-nolisten", "tcp")
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            for (int wait = 0; wait < 100 && p.isAlive(); wait++) {
                if (Files.exists(Path.of("/tmp/.X11-unix/X" + n))) {
                    return new XvfbDisplay(p, ":" + n);
                }
                Thread.sleep(50);
            }
            p.destroy();
        }
        throw new IOException("could not start Xvfb");
    }

    /**
     * Runs a main class of this build in a JVM of its own on this display, waits for it, and returns
     * its exit status and output (stdout and stderr together).
     */
    Result runJava(Path log, int timeoutSeconds, String... mainAndArgs) throws IOException, InterruptedException {
        java.util.List<String> command = new java.util.ArrayList<>(java.util.List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp", System.getProperty("java.class.path")));
        command.addAll(java.util.List.of(mainAndArgs));
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().put("DISPLAY", name);
        pb.redirectErrorStream(true);
        pb.redirectOutput(log.toFile());
        Process p = pb.start();
        boolean finished = p.waitFor(timeoutSeconds, java.util.concurrent.TimeUnit.SECONDS);
        if (!finished) {
            p.destroyForcibly();
        }
        return new Result(finished, finished ? p.exitValue() : -1, Files.readString(log));
    }

    /** How a child JVM ended. */
    record Result(boolean finished, int status, String output) {
    }

    @Override
    public void close() {
        process.destroy();
    }
}
