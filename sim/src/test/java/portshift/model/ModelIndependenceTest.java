package portshift.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import portshift.TestPaths;

/** The model knows nothing of windows, charts, file formats or files; only Serializable is welcome. */
class ModelIndependenceTest {
    private static final Pattern FORBIDDEN = Pattern.compile(
            "\\b(javax\\.swing|java\\.awt|org\\.knowm|com\\.fasterxml|java\\.nio|java\\.io\\.(?!Serializable\\b)\\w+|portshift\\.(gui|report|experiment|cli|scenario|observe))");

    @Test
    void modelImportsNoGuiChartsJsonOrFileSystem() throws IOException {
        Path dir = TestPaths.root().resolve("sim/src/main/java/portshift/model");
        List<String> offences = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                List<String> lines = Files.readAllLines(f);
                for (int i = 0; i < lines.size(); i++) {
                    Matcher m = FORBIDDEN.matcher(lines.get(i));
                    if (m.find()) {
                        offences.add(f.getFileName() + ":" + (i + 1) + " " + m.group());
                    }
                }
            }
        }
        assertThat(offences).isEmpty();
    }

    @Test
    void theCheckCatchesAForbiddenImport() {
        assertThat(FORBIDDEN.matcher("import java.io.File;").find()).isTrue();
        assertThat(FORBIDDEN.matcher("import java.nio.file.Path;").find()).isTrue();
        assertThat(FORBIDDEN.matcher("import com.fasterxml.jackson.databind.JsonNode;").find()).isTrue();
        assertThat(FORBIDDEN.matcher("import java.io.Serializable;").find()).isFalse();
    }
}
