package portshift.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import portshift.TestPaths;

/**
 * The model knows nothing of windows, charts, file formats or files, nor of any other package of the program; only
 * Serializable is welcome. The program's packages are read from the source tree, so a new package is forbidden to
 * the model without editing this test.
 */
class ModelIndependenceTest {
    private static final Path SOURCES = TestPaths.root().resolve("sim/src/main/java/portshift");
    private static final String LIBRARIES =
            "javax\\.swing|java\\.awt|org\\.knowm|com\\.fasterxml|info\\.picocli|picocli|java\\.nio|java\\.io\\.(?!Serializable\\b)\\w+";

    /** Every package of the program but the model itself. */
    static List<String> otherPackages() throws IOException {
        try (Stream<Path> entries = Files.list(SOURCES)) {
            return entries.filter(Files::isDirectory).map(p -> p.getFileName().toString())
                    .filter(name -> !name.equals("model")).sorted().toList();
        }
    }

    private static Pattern forbidden() throws IOException {
        String own = otherPackages().stream().map(Pattern::quote).collect(Collectors.joining("|"));
        return Pattern.compile("\\b(" + LIBRARIES + "|portshift\\.(" + own + ")\\b)");
    }

    @Test
    void theOtherPackagesAreReadFromTheSourceTree() throws IOException {
        assertThat(otherPackages()).contains("analysis", "cli", "evidence", "experiment", "explore", "gui", "map",
                "observe", "optimize", "report", "scenario").doesNotContain("model");
    }

    @Test
    void modelImportsNoGuiChartsJsonFileSystemOrOtherPackage() throws IOException {
        Pattern forbidden = forbidden();
        List<String> offences = new ArrayList<>();
        try (Stream<Path> files = Files.list(SOURCES.resolve("model"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                List<String> lines = Files.readAllLines(f);
                for (int i = 0; i < lines.size(); i++) {
                    Matcher m = forbidden.matcher(lines.get(i));
                    if (m.find()) {
                        offences.add(f.getFileName() + ":" + (i + 1) + " " + m.group());
                    }
                }
            }
        }
        assertThat(offences).isEmpty();
    }

    @Test
    void theCheckCatchesAForbiddenImport() throws IOException {
        Pattern forbidden = forbidden();
        assertThat(forbidden.matcher("import java.io.File;").find()).isTrue();
        assertThat(forbidden.matcher("import java.nio.file.Path;").find()).isTrue();
        assertThat(forbidden.matcher("import com.fasterxml.jackson.databind.JsonNode;").find()).isTrue();
        assertThat(forbidden.matcher("import portshift.analysis.Outcome;").find()).isTrue();
        assertThat(forbidden.matcher("import portshift.optimize.Allocation;").find()).isTrue();
        assertThat(forbidden.matcher("import portshift.map.LandOutlines;").find()).isTrue();
        assertThat(forbidden.matcher("import java.io.Serializable;").find()).isFalse();
        assertThat(forbidden.matcher("import portshift.model.Port;").find()).isFalse();
    }
}
