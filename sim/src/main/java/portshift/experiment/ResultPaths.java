package portshift.experiment;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * Where results may go: regular files and real folders inside the output folder, nothing else. A result replaces a
 * file, or a symbolic link to one (the link, never what it points to), by a rename; it never replaces a device, a
 * FIFO, a socket or a folder, and never writes through a folder inside the output folder that is a symbolic link
 * (shards/, figures/ pointing elsewhere), which would put results, and the temporary files removed on resume, outside
 * it. The output folder itself may be a link: the user chose it.
 */
public final class ResultPaths {
    private ResultPaths() {
    }

    /**
     * Refuses, before anything is written, an output folder holding an entry results could be misdirected by: a device,
     * FIFO or socket, or a symbolic link to a folder.
     */
    static void checkEntries(Path dir) {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            for (Path entry : entries) {
                if (Files.isSymbolicLink(entry) && Files.isDirectory(entry)) {
                    throw linkedFolder(entry);
                }
                if (special(entry)) {
                    throw new OutputFolder.OutputException(entry + ": " + SPECIAL);
                }
            }
        } catch (IOException e) {
            throw OutputFolder.cannotWrite(dir, e);
        }
    }

    /** A folder inside the output folder, made if needed: refused if it is a link, or anything but a folder. */
    public static Path folder(Path folder) throws IOException {
        if (Files.isSymbolicLink(folder)) {
            throw linkedFolder(folder);
        }
        if (Files.exists(folder, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
            throw new OutputFolder.OutputException(folder + ": cannot write results into it: it is not a folder");
        }
        return Files.createDirectories(folder);
    }

    /** Refuses a result file's place when something other than a file (or a link) is there: nothing is written. */
    static void checkFile(Path file) {
        if (Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)) {
            throw new OutputFolder.OutputException(file + ": cannot write results: it is a folder; give a file name");
        }
        if (special(file)) {
            throw new OutputFolder.OutputException(file + ": " + SPECIAL);
        }
    }

    private static final String SPECIAL = "cannot write results: it exists and is neither a file nor a folder (a "
            + "device, FIFO or socket), which a result never replaces; choose another name";

    /** Whether something is there that is not a file, a folder or a link: a device, a FIFO or a socket. */
    private static boolean special(Path p) {
        return Files.exists(p, LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)
                && !Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS) && !Files.isSymbolicLink(p);
    }

    private static OutputFolder.OutputException linkedFolder(Path folder) {
        return new OutputFolder.OutputException(folder + ": is a symbolic link to a folder; results are written only "
                + "inside the output folder, so remove the link (or give its target as --out)");
    }
}
