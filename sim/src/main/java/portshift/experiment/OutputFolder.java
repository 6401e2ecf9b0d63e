package portshift.experiment;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Checks, before any run starts, that results can be written to a folder. */
public final class OutputFolder {
    /** The file every command writes last into its folder: a folder holding it is complete. */
    public static final String MANIFEST = "manifest.json";

    private OutputFolder() {
    }

    /** Creates the folder if needed and proves it writable; otherwise an {@link OutputException}. */
    public static Path prepare(Path dir) {
        if (dir.toString().isBlank()) {
            throw new OutputException("--out: expected a folder, found an empty name");
        }
        try {
            if (Files.exists(dir) && !Files.isDirectory(dir)) {
                ResultPaths.checkFile(dir);
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

    /**
     * Checks that a single result file can be written at {@code file}: its folder is made if needed and proved
     * writable, and the name is not that of a folder; otherwise an {@link OutputException}.
     */
    public static Path prepareFile(Path file) {
        if (file.toString().isBlank()) {
            throw new OutputException("--out: expected a file name, found an empty name");
        }
        if (Files.isDirectory(file)) {
            throw new OutputException(file + ": cannot write results: it is a folder; give a file name");
        }
        // before the folder is proved writable: a device's folder (/dev) is not written to at all
        ResultPaths.checkFile(file);
        prepare(file.toAbsolutePath().getParent());
        return file;
    }

    /**
     * As {@link #prepare(Path)}, for the results of one command: a folder that holds another
     * command's results (its manifest names another command, or it holds a batch's plan) is refused,
     * so that two commands' files never mix in one folder, and so is one holding a device, FIFO, socket or link to a
     * folder ({@link ResultPaths}). The same command may write there again.
     */
    public static Path prepare(Path dir, String command) {
        String other = commandOf(dir.resolve(MANIFEST));
        if (other != null && !other.equals(command)) {
            throw new OutputException(dir + ": holds the results of '" + other + "'; choose another --out");
        }
        if (Files.exists(dir.resolve("plan.json")) && !List.of("compare", "batch", "explore", "patterns", "match").contains(command)) {
            throw new OutputException(dir + ": holds a batch of runs (plan.json); choose another --out");
        }
        prepare(dir);
        ResultPaths.checkEntries(dir);
        return dir;
    }

    /**
     * Marks the folder's results as unfinished before any of them is written again: its manifest.json, which every
     * command writes last, goes first, so that a command stopped on the way (by a full disk, say) leaves no folder
     * that looks complete.
     */
    public static void unfinished(Path dir) throws IOException {
        if (Files.deleteIfExists(dir.resolve(MANIFEST))) {
            AtomicOutput.syncFolder(dir.toAbsolutePath());
        }
    }

    /** The command a manifest names, or null if there is none or it cannot be read. */
    private static String commandOf(Path manifest) {
        try {
            if (!Files.isRegularFile(manifest)) {
                return null;
            }
            JsonNode command = new ObjectMapper().readTree(manifest.toFile()).get("command");
            return command == null ? null : command.asText();
        } catch (IOException e) {
            return null;
        }
    }

    /**
     * Writes one file whole or not at all, for a command whose result is that file; a file that cannot be written is
     * the user's error, in one line naming it and what it is ("cannot write the map: ...").
     */
    public static void writeWhole(Path file, String text, String what) {
        try {
            AtomicFiles.write(file, text);
        } catch (IOException e) {
            throw new OutputException(file + ": cannot write " + what + ": " + reason(e));
        }
    }

    public static String reason(Exception e) {
        if (e instanceof java.io.UncheckedIOException u) {
            return reason(u.getCause());
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "no such folder, and it cannot be made there";
        }
        if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        if (e instanceof java.io.IOException && e.getMessage() != null) {
            // the system's own words, such as "No space left on device"
            return e.getMessage();
        }
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : " " + e.getMessage());
    }

    /**
     * Results that could not be written, as the user's error in one line: the file, where the error names one, else
     * the folder, and the system's reason ({@code results/c/ports.csv: cannot write results: No space left on device}).
     */
    public static OutputException cannotWrite(Path dir, Exception e) {
        Exception cause = e instanceof java.io.UncheckedIOException u ? u.getCause() : e;
        String where = cause instanceof java.nio.file.FileSystemException f && f.getFile() != null ? f.getFile()
                : dir.toString();
        return new OutputException(where + ": cannot write results: " + reason(cause));
    }

    /**
     * An input or output error as one line: the file it happened to, when known, and the system's reason, such as
     * {@code results/c/comparison.csv: No space left on device}.
     */
    public static String failure(Exception e) {
        Exception cause = e instanceof java.io.UncheckedIOException u ? u.getCause() : e;
        if (cause instanceof java.nio.file.FileSystemException f && f.getFile() != null) {
            return f.getFile() + (f.getOtherFile() == null ? "" : " -> " + f.getOtherFile()) + ": " + reason(cause);
        }
        return reason(cause);
    }

    /** An output folder or file that cannot be written. */
    public static final class OutputException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public OutputException(String message) {
            super(message);
        }
    }
}
