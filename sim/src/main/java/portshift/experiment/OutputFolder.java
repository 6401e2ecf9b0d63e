package portshift.experiment;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Checks, before any run starts, that results can be written to a folder. */
public final class OutputFolder {
    private OutputFolder() {
    }

    /** Creates the folder if needed and proves it writable; otherwise an {@link OutputException}. */
    public static Path prepare(Path dir) {
        if (dir.toString().isBlank()) {
            throw new OutputException("--out: expected a folder, found an empty name");
        }
        try {
            if (Files.exists(dir) && !Files.isDirectory(dir)) {
                throw new OutputException(dir + ": cannot write results: it exists and is not a folder");
            }
            Files.createDirectories(dir);
            Path probe = Files.createTempFile(dir, ".write-check", ".tmp");
            Files.delete(probe);
            return dir;
        } catch (IOException | SecurityException e) {
            throw new OutputException(dir + ": cannot write results: " + reason(e));
        }
    }

    static String reason(Exception e) {
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : " " + e.getMessage());
    }

    /** An output folder or file that cannot be written. */
    public static final class OutputException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public OutputException(String message) {
            super(message);
        }
    }
}
