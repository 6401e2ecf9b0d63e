package portshift;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Where the project's files are, for tests run by Maven from the module folder. */
public final class TestPaths {
    private TestPaths() {
    }

    public static Path root() {
        String root = System.getProperty("portshift.root");
        Path p = root != null ? Path.of(root) : Path.of("..");
        return p.toAbsolutePath().normalize();
    }

    public static Path scenario(String name) {
        return root().resolve("scenarios").resolve(name);
    }

    /** Every shipped scenario file. */
    public static List<Path> shippedScenarios() {
        try (Stream<Path> files = Files.list(root().resolve("scenarios"))) {
            return files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Copies every shipped scenario into a folder (so that their extends resolve there); returns the copies. */
    public static List<Path> copyShippedScenarios(Path dir) {
        try {
            List<Path> copies = new java.util.ArrayList<>();
            for (Path f : shippedScenarios()) {
                copies.add(Files.copy(f, dir.resolve(f.getFileName())));
            }
            return copies;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
