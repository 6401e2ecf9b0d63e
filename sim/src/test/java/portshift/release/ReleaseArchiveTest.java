package portshift.release;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import portshift.ProcessBudget;
import portshift.TestPaths;

/**
 * The release archive the build makes (sim/target/portshift-VERSION.tar.gz), unpacked in an empty folder with no
 * Maven and no sources on hand: it holds what the README promises, and its launcher validates a scenario and makes a
 * short run whose files name the version. Runs once the archive is built (Maven's verify phase; the tag "release").
 */
@Tag("release")
class ReleaseArchiveTest {
    /** A run of 400 days takes about 3 CPU-seconds on a quiet machine; the bound is a guard against a hang. */
    private static final Duration CPU = Duration.ofSeconds(120);
    /** The only programs the launcher may find: no mvn. */
    private static final List<String> TOOLS = List.of("bash", "env", "find", "nproc", "dirname", "cat", "rm", "java");

    @TempDir
    Path tmp;

    private String launch(Path dir, Path bin, String... args) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of(dir.resolve("portshift").toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
        Map<String, String> env = pb.environment();
        env.clear();
        env.put("PATH", bin.toString());
        env.put("HOME", tmp.toString());
        Process p = pb.start();
        int status = ProcessBudget.waitFor(p, CPU, "portshift " + String.join(" ", args) + " from the archive");
        String said = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(status).as(said).isZero();
        return said;
    }

    @Test
    void theArchiveRunsWithNoMavenAndNoSources() throws IOException, InterruptedException {
        String version = System.getProperty("portshift.version");
        Path archive = TestPaths.root().resolve("sim/target/portshift-" + version + ".tar.gz");
        assertThat(archive).as("built by mvn package").isRegularFile();
        Process tar = new ProcessBuilder("tar", "-xzf", archive.toString(), "-C", tmp.toString()).inheritIO().start();
        assertThat(ProcessBudget.waitFor(tar, CPU, "tar")).isZero();
        Path dir = tmp.resolve("portshift-" + version);
        for (String f : List.of("portshift", "sim/target/portshift.jar", "README.md", "LICENSE", "THIRD-PARTY.md",
                "CITATION.cff", "CHANGELOG.md", "scenarios/baseline.yaml", "scenarios/alliance.yaml",
                "notebooks/compare.ipynb", "docs/model.md", "docs/outputs.md")) {
            assertThat(dir.resolve(f)).as(f + " in the archive").exists();
        }
        assertThat(dir.resolve("portshift")).isExecutable();
        try (Stream<Path> all = Files.walk(dir)) {
            assertThat(all.map(p -> dir.relativize(p).toString()))
                    .as("no sources, no build files").noneMatch(n -> n.endsWith(".java") || n.endsWith("pom.xml"));
        }
        Path bin = Files.createDirectories(tmp.resolve("bin"));
        for (String tool : TOOLS) {
            Path found = Stream.of("/usr/bin/", "/bin/").map(d -> Path.of(d + tool)).filter(Files::isExecutable)
                    .findFirst().orElseThrow();
            Files.createSymbolicLink(bin.resolve(tool), found.toRealPath());
        }
        assertThat(launch(dir, bin, "--version")).startsWith("portshift " + version + " (commit ");
        assertThat(launch(dir, bin, "validate", "scenarios/baseline.yaml")).contains("baseline.yaml");

        Path shorter = dir.resolve("scenarios/short.yaml");
        Files.writeString(shorter, "extends: baseline.yaml\nname: short\ndays: 400\n");
        launch(dir, bin, "run", "scenarios/short.yaml", "--out", tmp.resolve("out").toString());
        List<String> runs = Files.readAllLines(tmp.resolve("out/runs.csv"));
        assertThat(runs).hasSize(2);
        assertThat(Files.readString(tmp.resolve("out/manifest.json"))).contains("\"version\" : \"" + version + "\"")
                .contains("\"commit\" : ");
        System.out.println("release archive: " + archive.getFileName() + ", " + Files.size(archive) / 1024
                + " KB; --version, validate and a 400-day run work from it with no Maven");
    }
}
