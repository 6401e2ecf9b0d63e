package portshift.scenario;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Turns the value of one {@code extends:} into the real path of the parent file. The parent must lie
 * inside the folder of the scenario named on the command line (or below it), after symbolic links
 * are resolved: a scenario is shared as a folder, and must not read files from outside it.
 */
final class ExtendsPath {
    private ExtendsPath() {
    }

    /** The real path of the folder that holds a scenario named on the command line. */
    static Path folderOf(Path file) {
        Path parent = file.toAbsolutePath().normalize().getParent();
        try {
            return parent.toRealPath();
        } catch (IOException e) {
            throw new ScenarioException(file + ": cannot be read: " + e.getMessage());
        }
    }

    /**
     * @param where  the location of the {@code extends:} key, for mistakes
     * @param value  its value
     * @param from   the folder of the file that extends
     * @param folder the only folder (and its subfolders) a parent may be in
     */
    static Path resolve(String where, JsonNode value, Path from, Path folder) {
        String at = where + ": extends: ";
        if (!value.isTextual() || value.asText().isBlank()) {
            throw new ScenarioException(at + "expected the path of a scenario file relative to this one, found "
                    + Shown.text(value.toString()));
        }
        String given = value.asText();
        String shown = "'" + Shown.text(given) + "'";
        if (given.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            throw new ScenarioException(at + "expected a file path without control characters, found " + shown);
        }
        Path lexical;
        try {
            if (given.contains("://") || given.startsWith("~") || Path.of(given).isAbsolute()) {
                throw new ScenarioException(at + "expected a local path relative to this file, found " + shown);
            }
            lexical = from.resolve(given).normalize();
        } catch (InvalidPathException e) {
            throw new ScenarioException(at + "expected a file path, found " + shown + " (" + e.getReason() + ")");
        }
        String outside = at + "expected a scenario file inside " + folder
                + " (the folder of the scenario named on the command line, or below it), found " + shown;
        if (!lexical.startsWith(folder)) {
            throw new ScenarioException(outside);
        }
        if (!Files.isRegularFile(lexical)) {
            throw new ScenarioException(at + "no such scenario file " + shown + " (looked for " + Shown.text(lexical.toString()) + ")");
        }
        Path real;
        try {
            real = lexical.toRealPath();
        } catch (IOException e) {
            throw new ScenarioException(at + "cannot read " + shown + ": " + Shown.text(String.valueOf(e.getMessage())));
        }
        if (!real.startsWith(folder)) {
            throw new ScenarioException(outside + ", which is a link to " + Shown.text(real.toString()));
        }
        return real;
    }
}
