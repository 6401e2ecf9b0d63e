package portshift.experiment;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** The temporary files this program writes beside its results (".NAME....tmp"), left behind by a killed run. */
final class TempFiles {
    private TempFiles() {
    }

    /** Removes leftover temporary files in a folder; files it cannot remove are left to the next attempt. */
    static void removeLeftovers(Path dir) {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, ".*.tmp")) {
            for (Path f : files) {
                Files.deleteIfExists(f);
            }
        } catch (IOException e) {
            // a leftover that cannot be listed or removed does not stop the run
        }
    }
}
