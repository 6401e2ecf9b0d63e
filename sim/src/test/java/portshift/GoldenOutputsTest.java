package portshift;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import portshift.cli.Main;

/**
 * The outputs of run, compare, batch and patterns on short copies of the shipped scenarios, held as SHA-256
 * digests in {@code golden/outputs.sha256}. A restructuring of the code must leave every byte as it
 * was; a change of the model that changes results rewrites the file (with
 * {@code -Dportshift.golden.write=true}) in a commit that says why. manifest.json is left out: it
 * holds timings.
 */
@Slow
class GoldenOutputsTest {
    private static final Path GOLDEN = TestPaths.root().resolve("sim/src/test/resources/golden/outputs.sha256");
    private static final List<String> SCENARIOS = List.of("baseline.yaml", "no-coordination.yaml", "alliance.yaml",
            "crackdown-2024.yaml", "high-corruption.yaml", "origin-capacity.yaml", "alliance-sweep.yaml",
            "pattern-antwerp-crackdown.yaml", "pattern-more-scanners.yaml", "pattern-more-scanners-high-corruption.yaml",
            "pattern-pressure.yaml", "pattern-anti-corruption-0.2.yaml", "pattern-anti-corruption-0.5.yaml",
            "pattern-anti-corruption-0.8.yaml");

    @TempDir
    Path tmp;

    @Test
    void runCompareBatchAndPatternsWriteTheRecordedBytes() throws IOException {
        for (String f : SCENARIOS) {
            String text = Files.readString(TestPaths.scenario(f));
            Files.writeString(tmp.resolve(f), f.equals("baseline.yaml") ? text.replace("days: 2190", "days: 1100") : text);
        }
        for (String f : List.of("baseline.yaml", "crackdown-2024.yaml", "high-corruption.yaml", "origin-capacity.yaml")) {
            String stem = f.replace(".yaml", "");
            execute("run", scenario(f), "--seed", "3", "--out", out("run-" + stem));
        }
        execute("compare", scenario("no-coordination.yaml"), scenario("alliance.yaml"), "-r", "3", "--seed", "5",
                "--threads", "2", "--quiet", "--out", out("compare"));
        execute("batch", scenario("alliance-sweep.yaml"), "-r", "1", "--seed", "2", "--threads", "2", "--quiet",
                "--out", out("batch"));
        execute("patterns", "-r", "2", "--seed", "4", "--threads", "2", "--scenarios", tmp.toString(), "--out", out("patterns"));

        List<String> digests = digests(tmp.resolve("out"), tmp.toString());
        if (Boolean.getBoolean("portshift.golden.write")) {
            Files.createDirectories(GOLDEN.getParent());
            Files.write(GOLDEN, digests);
        }
        assertThat(digests).as("digests of the outputs against " + GOLDEN).containsExactlyElementsOf(Files.readAllLines(GOLDEN));
    }

    private String scenario(String f) {
        return tmp.resolve(f).toString();
    }

    private String out(String name) {
        return tmp.resolve("out").resolve(name).toString();
    }

    private static void execute(String... args) {
        StringWriter err = new StringWriter();
        int status = Main.execute(args, new PrintWriter(new StringWriter(), true), new PrintWriter(err, true));
        assertThat(status).as(String.join(" ", args) + "\n" + err).isZero();
    }

    /** Digests of every output file; the temporary folder's path, which variants.csv names, is taken out first. */
    private static List<String> digests(Path root, String folder) throws IOException {
        List<String> lines = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path p : files.filter(Files::isRegularFile).sorted().toList()) {
                String name = root.relativize(p).toString().replace('\\', '/');
                if (!name.endsWith("manifest.json") && !name.endsWith("plan.json") && !name.contains("/shards/")) {
                    byte[] bytes = Files.readAllBytes(p);
                    if (name.endsWith(".csv")) {
                        bytes = new String(bytes, StandardCharsets.UTF_8).replace(folder, "TMP").getBytes(StandardCharsets.UTF_8);
                    }
                    lines.add(sha256(bytes) + "  " + name);
                }
            }
        }
        return lines;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
