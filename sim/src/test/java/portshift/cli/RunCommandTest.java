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

class RunCommandTest {
    @TempDir
    Path tmp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Main.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    /** A scenario extending a copy of the baseline with the given lines. */
    private Path variant(String yaml) throws IOException {
        Files.copy(TestPaths.scenario("baseline.yaml"), tmp.resolve("baseline.yaml"));
        Path file = tmp.resolve("variant.yaml");
        Files.writeString(file, "extends: baseline.yaml\n" + yaml);
        return file;
    }

    private void assertOneLineUserError(int status) {
        assertThat(status).isEqualTo(2);
        String message = err.toString().strip();
        assertThat(message).startsWith("portshift: ").doesNotContain("\n").doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void writesTheResultFilesAndASummary() {
        Path dir = tmp.resolve("out");
        assertThat(run("run", TestPaths.scenario("baseline.yaml").toString(), "--seed", "3", "--out", dir.toString())).isZero();
        for (String f : new String[] {"ports.csv", "runs.csv", "routes.csv", "manifest.json"}) {
            assertThat(dir.resolve(f)).isNotEmptyFile();
        }
        assertThat(out.toString()).contains("ANTWERP").contains("Europe").contains("seized t/yr");
    }

    @Test
    void theSummaryNamesTheConfiguredWarmUpEvenWhenTheRunEndsMidMonth() throws IOException {
        Path dir = tmp.resolve("short");
        assertThat(run("run", variant("days: 400\n").toString(), "--out", dir.toString())).isZero();
        assertThat(out.toString()).contains("(after a 365-day warm-up)");
    }

    @Test
    void theSameSeedWritesTheSameBytes() throws IOException {
        Path a = tmp.resolve("a");
        Path b = tmp.resolve("b");
        run("run", TestPaths.scenario("baseline.yaml").toString(), "--seed", "5", "--out", a.toString());
        run("run", TestPaths.scenario("baseline.yaml").toString(), "--seed", "5", "--out", b.toString());
        for (String f : new String[] {"ports.csv", "runs.csv", "routes.csv", "manifest.json"}) {
            assertThat(Files.readAllBytes(a.resolve(f))).as(f).isEqualTo(Files.readAllBytes(b.resolve(f)));
        }
    }

    @Test
    void aMissingScenarioIsAOneLineError() {
        assertOneLineUserError(run("run", tmp.resolve("nowhere.yaml").toString(), "--out", tmp.resolve("o").toString()));
        assertThat(err.toString()).contains("nowhere.yaml").contains("no such scenario file");
        assertThat(tmp.resolve("o")).doesNotExist();
    }

    @Test
    void anOutputFolderThatCannotBeWrittenIsAOneLineErrorAndNothingRuns() throws IOException {
        Path blocker = tmp.resolve("blocker");
        Files.writeString(blocker, "a file, not a folder");
        assertOneLineUserError(run("run", TestPaths.scenario("baseline.yaml").toString(), "--out", blocker.resolve("sub").toString()));
        assertThat(err.toString()).contains("cannot write results");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void malformedYamlNamesTheFileAndLine() throws IOException {
        Path file = tmp.resolve("broken.yaml");
        Files.writeString(file, "name: broken\ndays: [1, 2\nstart: 2022-01-01\n");
        assertOneLineUserError(run("run", file.toString(), "--out", tmp.resolve("o").toString()));
        assertThat(err.toString()).contains("broken.yaml:").contains("not valid YAML");
        assertThat(tmp.resolve("o")).doesNotExist();
    }

    @Test
    void aMisspelledPortIsNamedWithASuggestion() throws IOException {
        Path file = variant("ports:\n  ANTWERPP: {scanners: 3}\n");
        assertOneLineUserError(run("run", file.toString(), "--out", tmp.resolve("o").toString()));
        assertThat(err.toString()).contains("ports.ANTWERPP").contains("did you mean ANTWERP?");
    }

    @Test
    void aNegativeScannerCountNamesTheField() throws IOException {
        Path file = variant("ports:\n  ANTWERP: {scanners: -1}\n");
        assertOneLineUserError(run("run", file.toString(), "--out", tmp.resolve("o").toString()));
        assertThat(err.toString()).contains("ports.ANTWERP.scanners").contains("expected a whole number >= 0, found -1");
    }

    @Test
    void aWrongTypeNamesTheFieldAndWhatWasExpected() throws IOException {
        Path file = variant("ports:\n  ANTWERP: {officers: many}\n");
        assertOneLineUserError(run("run", file.toString(), "--out", tmp.resolve("o").toString()));
        assertThat(err.toString()).contains("ports.ANTWERP.officers").contains("expected a whole number").contains("many");
    }
}
