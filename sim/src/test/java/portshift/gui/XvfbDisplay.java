package portshift.gui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import portshift.ProcessBudget;

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
        return start(1600, 1000);
    }

    /** A display of this many pixels. */
    static XvfbDisplay start(int width, int height) throws IOException, InterruptedException {
        for (int n = 90; n < 120; n++) {
            if (Files.exists(Path.of("/tmp/.X11-unix/X" + n)) || Files.exists(Path.of("/tmp/.X" + n + "-lock"))) {
                continue;
            }
            Process p = new ProcessBuilder("/usr/bin/Xvfb", ":" + n, "-screen", "0", width + "x" + height + "x24", "-nolisten", "tcp")
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            // waiting for a server to open its socket, not timing it: Xvfb does so in 0.01 s on a quiet machine,
            // and a display number another server holds makes it exit at once; two minutes only ends a server
            // that neither opens its socket nor exits
            for (int wait = 0; wait < 2400 && p.isAlive(); wait++) {
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
     * its exit status and output (stdout and stderr together); fails, with the output, when the JVM
     * passes its budget of CPU time or is stuck (see {@link ProcessBudget}).
     */
    Result runJava(Path log, Duration cpuBudget, String... mainAndArgs) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp", System.getProperty("java.class.path")));
        command.addAll(List.of(mainAndArgs));
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().put("DISPLAY", name);
        pb.redirectErrorStream(true);
        pb.redirectOutput(log.toFile());
        Process p = pb.start();
        try {
            int status = ProcessBudget.waitFor(p, cpuBudget, mainAndArgs[0] + " on " + name);
            return new Result(status, Files.readString(log));
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + "\n" + Files.readString(log), e);
        }
    }

    /** How a child JVM ended. */
    record Result(int status, String output) {
    }

    @Override
    public void close() {
        process.destroy();
    }
}
