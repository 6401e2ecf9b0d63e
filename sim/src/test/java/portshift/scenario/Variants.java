package portshift.scenario;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import portshift.TestPaths;

/** Scenario files that extend a copy of the baseline, and the mistakes reported for them. */
final class Variants {
    private Variants() {
    }

    /** Writes {@code variant.yaml} in the folder: "extends: baseline.yaml" and then the given text. */
    static Path write(Path dir, String yaml) {
        return writeBytes(dir, ("extends: baseline.yaml\n" + yaml).getBytes(StandardCharsets.UTF_8));
    }

    /** Writes {@code variant.yaml} in the folder as the given bytes, beside a copy of the baseline. */
    static Path writeBytes(Path dir, byte[] bytes) {
        try {
            Path base = dir.resolve("baseline.yaml");
            if (!Files.exists(base)) {
                Files.copy(TestPaths.scenario("baseline.yaml"), base);
            }
            Path file = dir.resolve("variant.yaml");
            Files.write(file, bytes);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The mistakes reported when the file and every variant of its sweep are loaded; empty if none. */
    static List<String> problems(Path file) {
        try {
            Sweep.expand(LoadedScenario.load(file));
            return List.of();
        } catch (ScenarioException e) {
            return e.problems();
        }
    }
}
