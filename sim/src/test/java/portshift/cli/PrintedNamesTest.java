package portshift.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import portshift.TestPaths;

/** File and folder names are printed with their control characters escaped: no forged line, no terminal codes. */
class PrintedNamesTest {
    @TempDir
    Path tmp;

    private final StringWriter out = new StringWriter();

    private int execute(String... args) {
        return Main.execute(args, new PrintWriter(out, true), new PrintWriter(new StringWriter(), true));
    }

    @Test
    void aValidFileWithAHostileNameCannotForgeAnOkLine() throws IOException {
        Files.copy(TestPaths.scenario("baseline.yaml"), tmp.resolve("baseline.yaml"));
        Path hostile = tmp.resolve("x\u001b[2Jy\nfake.yaml: ok\r.yaml");
        Files.writeString(hostile, "extends: baseline.yaml\nname: hostile\n");
        assertThat(execute("validate", hostile.toString())).isZero();
        assertThat(out.toString().lines()).hasSize(1).allSatisfy(l -> assertThat(l).contains("\\u001b[2Jy\\nfake.yaml: ok\\r"));
        assertThat(out.toString()).doesNotContain("\u001b").doesNotContain("\r");
    }

    @Test
    void theResultsFolderIsPrintedEscaped() throws IOException {
        String yaml = Files.readString(TestPaths.scenario("baseline.yaml")).replace("days: 2190", "days: 400");
        Files.writeString(tmp.resolve("short.yaml"), yaml);
        Path dir = tmp.resolve("a\u001b[31mb");
        assertThat(execute("run", tmp.resolve("short.yaml").toString(), "--out", dir.toString())).isZero();
        assertThat(out.toString()).contains("results in ").contains("a\\u001b[31mb").doesNotContain("\u001b");
    }
}
