package portshift.scenario;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import portshift.TestPaths;

/** Scenario files written into a test's folder: a copy of the baseline, children, chains and links. */
final class Fixtures {
    /** Makes the files of one case in a folder and returns the file to load. */
    @FunctionalInterface
    interface Fixture {
        Path make(Path dir) throws IOException;
    }

    private Fixtures() {
    }

    static Path write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text);
    }

    static Path baseline(Path folder) throws IOException {
        Path base = folder.resolve("baseline.yaml");
        if (!Files.exists(base)) {
            Files.createDirectories(folder);
            Files.copy(TestPaths.scenario("baseline.yaml"), base);
        }
        return base;
    }

    /** A child of the baseline in the folder, with more lines after its extends. */
    static Path child(Path dir, String yaml) throws IOException {
        baseline(dir);
        return write(dir.resolve("child.yaml"), "extends: baseline.yaml\nname: child\n" + yaml);
    }

    /** A chain of n files: c0 extends the baseline, each c(i) extends c(i-1); returns the last. */
    static Path chain(Path dir, int n) throws IOException {
        baseline(dir);
        Path last = null;
        for (int i = 0; i < n; i++) {
            last = write(dir.resolve("c" + i + ".yaml"), "extends: " + (i == 0 ? "baseline.yaml" : "c" + (i - 1) + ".yaml")
                    + "\nname: c" + i + "\n");
        }
        return last;
    }

    /** A sweep of the given paths, each with the given number of values. */
    static Path sweep(Path dir, int axes, int values, String path) throws IOException {
        StringBuilder yaml = new StringBuilder("sweep:\n");
        for (int a = 0; a < axes; a++) {
            yaml.append("  ").append(path.replace("#", Integer.toString(a))).append(": [");
            for (int v = 0; v < values; v++) {
                yaml.append(v > 0 ? ", " : "").append(v % 2);
            }
            yaml.append("]\n");
        }
        return child(dir, yaml.toString());
    }
}
