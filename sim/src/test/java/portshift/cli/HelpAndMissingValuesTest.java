package portshift.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;
import portshift.TestPaths;

/**
 * What the program prints for people: every --help without a warning (picocli warns on the standard error stream when
 * a description holds an unescaped %), and a value that cannot be computed shown as "n/a" with the reason, never
 * "NaN".
 */
class HelpAndMissingValuesTest {
    @TempDir
    Path tmp;

    @Test
    void everyHelpPrintsWithoutAWarning() {
        List<List<String>> helps = new ArrayList<>(List.of(List.of("--help")));
        for (Class<?> c : Main.COMMANDS) {
            helps.add(List.of(c.getAnnotation(CommandLine.Command.class).name(), "--help"));
        }
        PrintStream before = System.err;
        ByteArrayOutputStream stderr = new ByteArrayOutputStream();
        System.setErr(new PrintStream(stderr, true, StandardCharsets.UTF_8));
        try {
            for (List<String> help : helps) {
                StringWriter out = new StringWriter();
                StringWriter err = new StringWriter();
                int status = Main.execute(help.toArray(String[]::new), new PrintWriter(out, true), new PrintWriter(err, true));
                assertThat(status).as(help.toString()).isZero();
                assertThat(out.toString()).as(help.toString()).startsWith("Usage: portshift").doesNotContain("%%")
                        .doesNotContain("WARN");
                assertThat(err.toString()).as(help.toString()).isEmpty();
            }
        } finally {
            System.setErr(before);
        }
        assertThat(stderr.toString(StandardCharsets.UTF_8)).as("picocli's warnings").isEmpty();
        System.out.println("help: " + helps.size() + " --help texts, no warning");
    }

    @Test
    void anExplorationOfTwoPointsSaysWhatItCannotMeasureInsteadOfNaN() throws IOException {
        Files.copy(TestPaths.root().resolve("sim/src/test/resources/portshift/model/tiny-world.yaml"),
                tmp.resolve("tiny-world.yaml"));
        String policy = "extends: tiny-world.yaml\nname: %s\ndays: 400\nwarmup_days: 100\nports:\n  NORTH: {scanners: %d}\n"
                + "explore:\n  uncertainties:\n    uncertainties.corruptible_share.all: {range: [0.005, 0.04], source: x}\n";
        Files.writeString(tmp.resolve("a.yaml"), String.format(policy, "a", 1));
        Files.writeString(tmp.resolve("b.yaml"), String.format(policy, "b", 4));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Main.execute(new String[] {"explore", tmp.resolve("a.yaml").toString(), tmp.resolve("b.yaml")
                .toString(), "--samples", "2", "-r", "2", "-q", "--out", tmp.resolve("out").toString()},
                new PrintWriter(out, true), new PrintWriter(err, true));
        assertThat(status).as(err.toString()).isZero();
        assertThat(out.toString()).doesNotContainIgnoringCase("nan").doesNotContainIgnoringCase("infinity")
                .contains("n/a by Spearman rank correlation over 2 points (a rank correlation needs 3 points");
        System.out.println("missing values: " + out.toString().lines().filter(l -> l.contains("n/a")).toList());
    }
}
