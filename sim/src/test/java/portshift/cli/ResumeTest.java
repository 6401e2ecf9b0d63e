package portshift.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import portshift.TestPaths;

/** Resume must be trusted: cut shards are rerun, nothing is created by a failed resume, no temporary file survives. */
class ResumeTest {
    @TempDir
    Path tmp;

    private final StringWriter err = new StringWriter();

    @BeforeEach
    void shortBatch() throws IOException {
        String baseline = Files.readString(TestPaths.scenario("baseline.yaml")).replace("days: 2190", "days: 1100");
        Files.writeString(tmp.resolve("baseline.yaml"), baseline);
        Files.copy(TestPaths.scenario("alliance.yaml"), tmp.resolve("alliance.yaml"));
        Files.copy(TestPaths.scenario("crackdown-2024.yaml"), tmp.resolve("crackdown-2024.yaml"));
    }

    private int batch(String... args) {
        String[] all = Stream.concat(Stream.of("batch", tmp.resolve("crackdown-2024.yaml").toString(), "-r", "3", "-q"),
                Stream.of(args)).toArray(String[]::new);
        return Main.execute(all, new PrintWriter(new StringWriter(), true), new PrintWriter(err, true));
    }

    private static List<Path> files(Path dir) throws IOException {
        try (Stream<Path> all = Files.walk(dir)) {
            return all.filter(Files::isRegularFile).toList();
        }
    }

    @Test
    void aShardCutShortByAPowerCutIsRunAgain() throws IOException {
        Path whole = tmp.resolve("whole");
        Path cut = tmp.resolve("cut");
        assertThat(batch("--out", whole.toString())).isZero();
        assertThat(batch("--out", cut.toString())).isZero();
        Path ports = cut.resolve("shards/00001-r001.ports.csv");
        byte[] bytes = Files.readAllBytes(ports);
        Files.write(ports, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        Path run = cut.resolve("shards/00002-r002.run.csv");
        Files.writeString(run, Files.readString(run).replace(',', ';'));
        Files.delete(cut.resolve("runs.csv"));
        assertThat(batch("--resume", cut.toString())).isZero();
        assertThat(Files.readString(cut.resolve("manifest.json"))).contains("\"runs_this_time\" : 2");
        for (String f : List.of("runs.csv", "ports.csv", "summary.csv")) {
            assertThat(Files.readAllBytes(cut.resolve(f))).as(f).isEqualTo(Files.readAllBytes(whole.resolve(f)));
        }
    }

    @Test
    void aBatchStoppedBeforeItsPlanIsFinishedByResume() throws IOException {
        Path dir = tmp.resolve("early");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve(".plan.json4242.tmp"), "{ \"comm");
        assertThat(batch("--resume", dir.toString())).isZero();
        assertThat(dir.resolve("manifest.json")).exists();
    }

    @Test
    void resumingAMissingFolderCreatesNothing() {
        Path dir = tmp.resolve("never-made");
        assertThat(batch("--resume", dir.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("nothing to resume").doesNotContain("Exception");
        assertThat(dir).doesNotExist();
    }

    @Test
    void noTemporaryFileSurvivesASuccessfulCommand() throws IOException {
        Path dir = tmp.resolve("clean");
        assertThat(batch("--out", dir.toString())).isZero();
        Files.writeString(dir.resolve("shards/.00000-r000.run.csv99.tmp"), "left by a kill");
        Files.delete(dir.resolve("shards/00000-r000.run.csv"));
        assertThat(batch("--resume", dir.toString())).isZero();
        assertThat(files(dir)).noneMatch(p -> p.getFileName().toString().endsWith(".tmp"));
    }

    @Test
    void anotherCommandsFolderIsRefusedAndTheSameBatchResumesWhateverThePathSpelling() throws IOException {
        Path dir = tmp.resolve("batch");
        assertThat(batch("--out", dir.toString())).isZero();
        String[] run = {"run", tmp.resolve("baseline.yaml").toString(), "--out", dir.toString()};
        assertThat(Main.execute(run, new PrintWriter(new StringWriter(), true), new PrintWriter(err, true))).isEqualTo(2);
        assertThat(err.toString()).contains("holds the results of 'batch'");
        Files.delete(dir.resolve("runs.csv"));
        String spelled = tmp.resolve("sub/../crackdown-2024.yaml").toString();
        Files.createDirectories(tmp.resolve("sub"));
        String[] resume = {"batch", spelled, "-r", "3", "-q", "--resume", dir.toString()};
        assertThat(Main.execute(resume, new PrintWriter(new StringWriter(), true), new PrintWriter(err, true))).isZero();
        assertThat(dir.resolve("runs.csv")).exists();
    }
}
