package portshift.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Assumptions;

import portshift.ProcessBudget;

/**
 * A real small file system for a test: a tmpfs mounted on a folder of the test's own, filled on demand so that only
 * so many bytes are left, and unmounted on close. Mounting needs root (CI runs as root); where the system refuses it,
 * the test is skipped and says why.
 */
final class SmallDisk implements AutoCloseable {
    /** tmpfs counts space in pages of this size. */
    static final int PAGE = 4096;
    /** CPU time for mount and umount (a hang guard). Quiet: a few milliseconds. */
    private static final Duration CPU = Duration.ofSeconds(30);

    private final Path dir;
    private final Path filler;

    /** Mounts a tmpfs of {@code kilobytes} on {@code dir}, which is made if needed; skips the test if it cannot. */
    SmallDisk(Path dir, int kilobytes) throws IOException, InterruptedException {
        this.dir = Files.createDirectories(dir);
        this.filler = dir.resolve(".filler");
        Assumptions.assumeTrue("root".equals(System.getProperty("user.name")),
                "mounting a small tmpfs needs root (CI runs as root)");
        String said = command("mount", "-t", "tmpfs", "-o", "size=" + kilobytes + "k,mode=0755", "tmpfs", dir.toString());
        Assumptions.assumeTrue(said == null, "this system refuses to mount a tmpfs (" + said + ")");
    }

    Path root() {
        return dir;
    }

    /** Fills the file system so that {@code bytes} (rounded down to whole pages) are left free. */
    void leave(long bytes) throws IOException {
        free();
        long fill = Files.getFileStore(dir).getUsableSpace() - bytes / PAGE * PAGE;
        if (fill > 0) {
            Files.write(filler, new byte[(int) fill]);
        }
    }

    /** Frees what {@link #leave} took. */
    void free() throws IOException {
        Files.deleteIfExists(filler);
    }

    /** The pages a file of this size takes. */
    static long pages(long size) {
        return (size + PAGE - 1) / PAGE;
    }

    @Override
    public void close() throws IOException, InterruptedException {
        String said = command("umount", dir.toString());
        if (said != null) {
            // something still holds a file open there: detach it now, the kernel frees it when it is let go
            command("umount", "-l", dir.toString());
        }
    }

    /** Runs a system command; null if it succeeded, else what it said. */
    private static String command(String... args) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(args).redirectErrorStream(true).start();
        int status = ProcessBudget.waitFor(p, CPU, String.join(" ", List.of(args)));
        String said = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        return status == 0 ? null : said.isEmpty() ? "exit status " + status : said;
    }
}
