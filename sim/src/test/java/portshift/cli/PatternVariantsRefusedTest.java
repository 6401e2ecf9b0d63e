package portshift.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import portshift.TestPaths;
import portshift.evidence.PatternInputs;

/**
 * Pattern variants that do not add what their pattern compares are refused before any run, in one line: a check that
 * could only fail after hours of runs, or judge unequal efforts, must not start.
 */
class PatternVariantsRefusedTest {
    @TempDir
    Path tmp;

    /** What patterns says of the shipped variants with one file changed. */
    private String refusal(String file, UnaryOperator<String> change) throws IOException {
        List<String> files = new java.util.ArrayList<>(PatternInputs.FILES);
        files.add(PatternInputs.TARGETS);
        for (String f : files) {
            String text = Files.readString(TestPaths.scenario(f));
            Files.writeString(tmp.resolve(f), f.equals(file) ? change.apply(text) : text);
        }
        Path out = tmp.resolve("out");
        StringWriter err = new StringWriter();
        int status = Main.execute(new String[] {"patterns", "-r", "2", "--scenarios", tmp.toString(), "--out",
                out.toString()}, new PrintWriter(new StringWriter(), true), new PrintWriter(err, true));
        assertThat(status).isEqualTo(2);
        assertThat(err.toString().strip().lines()).hasSize(1);
        assertThat(out).doesNotExist();
        return err.toString();
    }

    @Test
    void unequalEffortsAreNotCompared() throws IOException {
        // a 1 written before Antwerp's count: the concentrated variant adds a hundred scanners more
        assertThat(refusal("pattern-effort-concentrated.yaml",
                text -> text.replaceFirst("ANTWERP: \\{scanners: (\\d+)}", "ANTWERP: {scanners: 1$1}")))
                .contains("pattern 4: the variants must add the same scanners in the same month, found 20 in "
                        + "2024-01 and ");
    }

    @Test
    void scannersThatAreNotAddedCannotBeDividedBy() throws IOException {
        // every one of the five export ports down to no scanner: fewer than the baseline's, none added
        assertThat(refusal("pattern-more-scanners.yaml", text -> text.replaceAll("scanners: \\d+", "scanners: 0")))
                .contains("pattern 5: the variants must add scanners, found -5 and 20");
    }
}
