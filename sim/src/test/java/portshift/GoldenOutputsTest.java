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

import portshift.analysis.ColumnNames;
import portshift.cli.Main;
import portshift.report.Figures;

/**
 * The outputs of run, compare, batch, patterns, explore (a Latin hypercube and a Sobol design), optimize and eval on
 * short copies of the shipped scenarios, held as SHA-256 digests in {@code golden/outputs.sha256}. A restructuring of
 * the code must leave every byte as it was; a change of the model that changes results rewrites the file (with
 * {@code -Dportshift.golden.write=true}) in a commit that says why.
 *
 * <p>What is digested, and what is not:
 * <ul>
 * <li>Every file written, byte for byte, but for the ones below. Every CSV file's columns (but the shards', which have
 * no header) must be identifiers. eval writes to standard output only: what it prints
 * is digested as {@code eval/stdout.json}, its line ends made {@code \n} (Jackson ends lines as the system does).</li>
 * <li>Figures: not the PNG's bytes, which depend on the fonts the JDK finds, but the data each figure draws, as the
 * figure writer gives it with the system property {@value Figures#DATA} ({@code NAME.png.txt} beside the PNG; the line
 * is {@code NAME.png#data}): for every XChart panel its title, axis titles and each series' name with its x, y and
 * error-bar values in order; for the forest plot (differences_forest.png, drawn by hand) its titles, the axis's extent
 * and each row's label, relative difference, interval, significance and text. Colours, strokes, legends and XChart's
 * annotation lines (the dashed line at 0 of differences.png, which does not depend on the data) are not described.
 * Every PNG must have its description. A brief (brief.html) embeds the figures' PNGs: it is digested with each
 * embedded image replaced by a placeholder, the figures being checked by their data.</li>
 * <li>Left out: manifest.json (timings and thread count), plan.json (absolute paths) and shards/ (the runs before
 * they are merged into runs.csv and ports.csv).</li>
 * <li>Normalised: the temporary folder's path, which variants.csv names, becomes TMP; the program's version in the
 * optimizer's search.txt (the key a resumed search is checked against) becomes VERSION, so that a jar built with
 * another version gives the same digest.</li>
 * </ul>
 */
@Slow
class GoldenOutputsTest {
    private static final Path GOLDEN = TestPaths.root().resolve("sim/src/test/resources/golden/outputs.sha256");
    private static final List<String> SCENARIOS = List.of("calibration.yaml", "baseline.yaml", "no-coordination.yaml", "alliance.yaml",
            "crackdown-2024.yaml", "high-corruption.yaml", "origin-capacity.yaml", "alliance-sweep.yaml",
            "pattern-antwerp-crackdown.yaml", "pattern-effort-spread.yaml", "pattern-effort-concentrated.yaml",
            "pattern-more-scanners.yaml", "pattern-more-scanners-high-corruption.yaml",
            "pattern-pressure.yaml", "pattern-anti-corruption-0.2.yaml", "pattern-anti-corruption-0.5.yaml",
            "pattern-anti-corruption-0.8.yaml");
    private static final String DATA = ".png.txt";

    @TempDir
    Path tmp;

    @Test
    void everyCommandWritesTheRecordedBytes() throws IOException {
        for (String f : SCENARIOS) {
            String text = Files.readString(TestPaths.scenario(f));
            Files.writeString(tmp.resolve(f), f.equals("baseline.yaml") ? text.replace("days: 2190", "days: 1100") : text);
        }
        String before = System.getProperty(Figures.DATA);
        System.setProperty(Figures.DATA, "true");
        try {
            runCompareBatchAndPatterns();
            exploreOptimizeAndEval();
        } finally {
            if (before == null) {
                System.clearProperty(Figures.DATA);
            } else {
                System.setProperty(Figures.DATA, before);
            }
        }

        everyCsvHeaderIsMadeOfIdentifiers(tmp.resolve("out"));
        List<String> digests = digests(tmp.resolve("out"), tmp.toString());
        if (Boolean.getBoolean("portshift.golden.write")) {
            Files.createDirectories(GOLDEN.getParent());
            Files.write(GOLDEN, digests);
        }
        assertThat(digests).as("digests of the outputs against " + GOLDEN).containsExactlyElementsOf(Files.readAllLines(GOLDEN));
    }

    private void runCompareBatchAndPatterns() {
        for (String f : List.of("baseline.yaml", "crackdown-2024.yaml", "high-corruption.yaml", "origin-capacity.yaml")) {
            String stem = f.replace(".yaml", "");
            execute("run", scenario(f), "--seed", "3", "--out", out("run-" + stem));
        }
        execute("compare", scenario("no-coordination.yaml"), scenario("alliance.yaml"), "-r", "3", "--seed", "5",
                "--threads", "2", "--quiet", "--out", out("compare"));
        execute("batch", scenario("alliance-sweep.yaml"), "-r", "1", "--seed", "2", "--threads", "2", "--quiet",
                "--out", out("batch"));
        execute("patterns", "-r", "2", "--seed", "4", "--threads", "2", "--scenarios", tmp.toString(), "--out", out("patterns"));
    }

    /**
     * The designs are small (8 points x 2 replications; 2 Saltelli rows of the 13 declared uncertainties, 30 points,
     * 1 replication) but reach every file and figure, PRIM's box and the winners' scatter included; the search places
     * 2 scanners and 20 officers at two ports in 2 lots with one round of moves, so that it steps, moves a lot, meets
     * the four baselines and has a Pareto front.
     */
    private void exploreOptimizeAndEval() throws IOException {
        execute("explore", scenario("no-coordination.yaml"), scenario("alliance.yaml"), "--design", "lhs",
                "--samples", "8", "-r", "2", "--seed", "7", "--threads", "2", "--quiet", "--out", out("explore-lhs"));
        execute("explore", scenario("no-coordination.yaml"), scenario("alliance.yaml"), "--design", "sobol",
                "--samples", "30", "-r", "1", "--seed", "8", "--threads", "2", "--quiet", "--out", out("explore-sobol"));
        execute("optimize", scenario("baseline.yaml"), "--scanners", "2", "--officers", "20", "--ports",
                "ANTWERP,ROTTERDAM", "-r", "2", "--confirm", "2", "--lots", "2", "--rounds", "1", "--pareto", "--seed",
                "6", "--threads", "2", "--quiet", "--out", out("optimize"));
        Path input = tmp.resolve("eval-input.json");
        Files.writeString(input, "{\"uncertainties.corruptible_share.all\": 0.02, "
                + "\"interventions[0].alliance.harmonization\": 0.5}");
        String printed = execute("eval", "--scenario", scenario("alliance.yaml"), "--input", input.toString(), "-r", "2",
                "--seed", "9");
        Path eval = tmp.resolve("out").resolve("eval");
        Files.createDirectories(eval);
        Files.writeString(eval.resolve("stdout.json"), printed.replace("\r\n", "\n"));
    }

    private String scenario(String f) {
        return tmp.resolve(f).toString();
    }

    private String out(String name) {
        return tmp.resolve("out").resolve(name).toString();
    }

    /** Runs a command line, which must succeed; what it printed on standard output. */
    private static String execute(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Main.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
        assertThat(status).as(String.join(" ", args) + "\n" + err).isZero();
        return out.toString();
    }

    /** Digests of every output file, and of every figure's data instead of its PNG, as the class comment says. */
    private static List<String> digests(Path root, String folder) throws IOException {
        List<String> lines = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path p : files.filter(Files::isRegularFile).sorted().toList()) {
                String name = root.relativize(p).toString().replace('\\', '/');
                if (name.endsWith("manifest.json") || name.endsWith("plan.json") || name.contains("/shards/")) {
                    continue;
                }
                if (name.endsWith(".png")) {
                    assertThat(p.resolveSibling(p.getFileName() + ".txt")).as("the data drawn in " + name).isRegularFile();
                    continue;
                }
                byte[] bytes = Files.readAllBytes(p);
                if (name.endsWith(DATA)) {
                    name = name.substring(0, name.length() - ".txt".length()) + "#data";
                } else if (name.endsWith(".csv")) {
                    bytes = new String(bytes, StandardCharsets.UTF_8).replace(folder, "TMP").getBytes(StandardCharsets.UTF_8);
                } else if (name.endsWith(".html")) {
                    // the figures a page embeds are checked by their data above, not by their pixels
                    bytes = new String(bytes, StandardCharsets.UTF_8).replaceAll("data:image/png;base64,[A-Za-z0-9+/=]*",
                            "data:image/png;base64,FIGURE").replace(folder, "TMP").getBytes(StandardCharsets.UTF_8);
                } else if (name.endsWith("/search.txt")) {
                    bytes = new String(bytes, StandardCharsets.UTF_8).replaceFirst("(?m)^program .*$", "program VERSION")
                            .getBytes(StandardCharsets.UTF_8);
                }
                lines.add(sha256(bytes) + "  " + name);
            }
        }
        return lines;
    }

    /**
     * Every column of every CSV file written is an identifier, as docs/outputs.md promises; shards (the runs before
     * they are merged) have no header.
     */
    private static void everyCsvHeaderIsMadeOfIdentifiers(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".csv") && !f.toString().contains("/shards/"))
                    .sorted().toList()) {
                String header = Files.readAllLines(p).get(0);
                assertThat(header.split(",", -1)).as("the columns of " + root.relativize(p))
                        .allMatch(c -> ColumnNames.IDENTIFIER.matcher(c).matches());
            }
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
