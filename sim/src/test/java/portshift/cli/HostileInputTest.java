package portshift.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import portshift.CpuBudget;
import portshift.Slow;
import portshift.TestPaths;
import portshift.analysis.ColumnNames;

/**
 * Thousands of random mutations of the shipped scenario files, with hostile values (huge and
 * non-finite numbers, control characters, terminal escapes, long text, deep nesting, YAML 1.1 words,
 * tags and anchors, far-off dates, overflowing sweeps, odd extends paths), each checked against the
 * program's promise: exit 0 with "ok", or exit 2 with one located line per mistake, never a stack
 * trace, never a raw control character, always within a bound on CPU time. Some valid mutants are also
 * run over a short horizon, and their results must be whole. eval's JSON input is mutated the same way
 * ({@link HostileJson}), a third as many cases. The case count is
 * {@code -Dportshift.fuzz.cases} (default 1,000, about two minutes on two cores); the seed is
 * {@code -Dportshift.fuzz.seed}. Random hostile folder names get the same promise for the job scripts
 * planned into them.
 */
@Slow
class HostileInputTest {
    private static final int CASES = Integer.getInteger("portshift.fuzz.cases", 1000);
    private static final long SEED = Long.getLong("portshift.fuzz.seed", 20261130L);
    private static final String LOCATED = "^portshift: \\S+?\\.(yaml|json)(:\\d+:\\d+)?: .+";
    /** A JSON reader that takes nothing but JSON: no NaN, no comments. */
    private static final ObjectMapper STRICT = JsonMapper.builder().disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .build();

    @TempDir
    Path dir;

    @Test
    void everyHostileScenarioRunsCleanlyOrIsRefusedInLocatedLines() throws IOException {
        Random random = new Random(SEED);
        List<Path> shipped = TestPaths.copyShippedScenarios(dir);
        HostileMutations mutations = new HostileMutations(random);
        int[] counts = new int[2];
        for (int n = 0; n < CASES; n++) {
            Path source = shipped.get(random.nextInt(shipped.size()));
            HostileMutations.Mutant mutant = mutations.of(Files.readString(source));
            counts[keepsThePromise(mutant, "case " + n + ": " + mutant.kind() + " of " + source.getFileName(), counts[0])]++;
        }
        assertThat(counts[0]).as("valid mutants among %d", CASES).isGreaterThan(CASES / 20);
        assertThat(counts[1]).as("refused mutants among %d", CASES).isGreaterThan(CASES / 3);
    }

    /**
     * Random hostile output folders for a job array: each is refused in one line with nothing written, or its
     * scripts, run by a stand-in sbatch, run the program's commands on exactly that folder and nothing else
     * ({@link SlurmScriptInjectionTest}). The case count is {@code -Dportshift.fuzz.folders} (default 40).
     */
    @Test
    void everyHostileFolderGetsScriptsThatRunOnlyTheirCommandOrIsRefused() throws Exception {
        Random random = new Random(SEED);
        HostileMutations mutations = new HostileMutations(random);
        ShortCompare c = new ShortCompare(dir);
        FakeSlurm slurm = new FakeSlurm(dir, false);
        int cases = Integer.getInteger("portshift.fuzz.folders", 40);
        int worked = 0;
        for (int n = 0; n < cases; n++) {
            String name = mutations.folderName();
            if (!FakeSlurm.unicodeNames() && name.chars().anyMatch(ch -> ch >= 128)) {
                continue;
            }
            Path folder = dir.resolve("case-" + n).resolve(name);
            // CPU time for planning one folder and running its scripts (a hang guard). Quiet: about 0.3 s
            boolean ok = CpuBudget.call(Duration.ofSeconds(30), "folder case " + n, () ->
                    SlurmScriptInjectionTest.planAndSubmit(c, slurm, folder, name));
            worked += ok ? 1 : 0;
        }
        System.out.printf("hostile folders: %d of %d planned and ran only their commands, the others refused%n",
                worked, cases);
        assertThat(worked).as("folders that work among %d", cases).isGreaterThan(cases / 5);
    }

    /**
     * Validates one mutant and checks the promise; every 25th valid one is also run. Returns 0 for a
     * valid mutant, 1 for a refused one.
     */
    private int keepsThePromise(HostileMutations.Mutant mutant, String context, int validSoFar) throws IOException {
        Path file = dir.resolve("mutant.yaml");
        Files.writeString(file, mutant.text());
        Result r = execute(context, "validate", file.toString());
        assertThat(r.err()).as(context).doesNotContain("Exception").doesNotContain("\tat ")
                .matches(s -> s.chars().noneMatch(c -> c == 27 || c == '\r' || c == 0), "no raw control characters");
        if (r.status() == 0) {
            assertThat(r.out()).as(context).contains("ok");
            if (validSoFar % 25 == 0) {
                runShort(file, context);
            }
            return 0;
        }
        assertThat(r.status()).as(context + "\n" + r.err()).isEqualTo(2);
        assertThat(r.err().lines()).as(context).isNotEmpty()
                .allSatisfy(line -> assertThat(line).as(context).matches(LOCATED));
        return 1;
    }

    /** A valid mutant, run for 400 days through a file that extends it: exit 0 and a whole runs.csv. */
    private void runShort(Path mutant, String context) throws IOException {
        Path child = dir.resolve("short.yaml");
        Files.writeString(child, "extends: mutant.yaml\ndays: 400\nwarmup_days: 100\ninterventions: []\nsweep: {}\n");
        Path out = dir.resolve("out");
        Result r = execute(context + " (run)", "run", child.toString(), "--out", out.toString());
        if (r.status() == 2) {
            assertThat(r.err().lines()).as(context).allSatisfy(line -> assertThat(line).matches(LOCATED));
            return;
        }
        assertThat(r.status()).as(context + "\n" + r.err()).isZero();
        List<String> runs = Files.readAllLines(out.resolve("runs.csv"));
        assertThat(runs).as(context).hasSize(2);
        assertThat(runs.get(1).split(",", -1)).as(context).hasSameSizeAs(runs.get(0).split(","));
        assertThat(out.resolve("manifest.json")).exists();
    }

    /**
     * Hostile JSON for eval, on standard input, one object at a time and then all of them as JSON lines in one process:
     * each object is evaluated (exit 0, one JSON object whose outcome names are identifiers) or refused in one line
     * located in the JSON; as lines, every line read gives one result line with its number, located there if refused.
     */
    @Test
    void everyHostileEvalInputIsEvaluatedOrRefusedInOneLineLocatedInTheJson() throws IOException {
        Random random = new Random(SEED + 1);
        Path world = dir.resolve("tiny.yaml");
        Files.writeString(world, Files.readString(TestPaths.root().resolve("sim/src/test/resources/portshift/model/"
                + "tiny-world.yaml")).replace("days: 730", "days: 60"));
        HostileJson mutations = new HostileJson(random);
        ByteArrayOutputStream lines = new ByteArrayOutputStream();
        int[] counts = new int[2];
        int cases = Math.max(100, CASES / 3);
        for (int n = 0; n < cases; n++) {
            HostileJson.Mutant mutant = mutations.of();
            String context = "eval case " + n + ": " + mutant.kind();
            Result r = execute(context, mutant.bytes(), "eval", "--scenario", world.toString());
            assertThat(r.err()).as(context).doesNotContain("Exception").doesNotContain("\tat ")
                    .matches(s -> s.chars().noneMatch(c -> c == 27 || c == '\r' || c == 0), "no raw control characters");
            if (r.status() == 0) {
                JsonNode result = STRICT.readTree(r.out());
                result.get("outcomes").fieldNames().forEachRemaining(name -> assertThat(name).as(context)
                        .matches(ColumnNames.IDENTIFIER));
                counts[0]++;
            } else {
                assertThat(r.status()).as(context + "\n" + r.err()).isEqualTo(2);
                assertThat(r.err().lines()).as(context).hasSize(1)
                        .allSatisfy(line -> assertThat(line).as(context).matches("^portshift: stdin:\\d+:\\d+: .+"));
                assertThat(r.out()).as(context).isEmpty();
                counts[1]++;
            }
            if (mutant.bytes().length < 100_000) {
                lines.writeBytes(mutant.bytes());
                lines.write('\n');
            }
        }
        assertThat(counts[0]).as("evaluated among %d", cases).isGreaterThan(cases / 20);
        assertThat(counts[1]).as("refused among %d", cases).isGreaterThan(cases / 3);
        byte[] all = lines.toByteArray();
        int expected = 0;
        for (byte b : all) {
            expected += b == '\n' ? 1 : 0;
        }
        Result r = execute("eval --lines", all, "eval", "--lines", "--scenario", world.toString());
        List<String> printed = r.out().lines().toList();
        assertThat(printed).as("one result line per line read").hasSize(expected);
        int refused = 0;
        for (int i = 0; i < printed.size(); i++) {
            JsonNode line = STRICT.readTree(printed.get(i));
            assertThat(line.get("line").asInt()).isEqualTo(i + 1);
            if (line.has("error")) {
                refused++;
                assertThat(line.get("error").asText()).matches("^stdin:" + (i + 1) + ":\\d+: .+");
            } else {
                assertThat(line.has("outcomes")).as(printed.get(i)).isTrue();
            }
        }
        assertThat(r.status()).isEqualTo(refused > 0 ? 2 : 0);
        assertThat(r.err().lines()).hasSize(refused > 0 ? 1 : 0);
    }

    private record Result(int status, String out, String err) {
    }

    private static Result execute(String context, String... args) {
        return execute(context, new byte[0], args);
    }

    private static Result execute(String context, byte[] stdin, String... args) {
        // CPU time for one command (a hang guard). Quiet: at most 3.1 s (case 193, a sweep of 3,850 values)
        return CpuBudget.call(Duration.ofSeconds(40), context, () -> {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int status = Main.execute(args, new ByteArrayInputStream(stdin), new PrintWriter(out, true),
                    new PrintWriter(err, true));
            return new Result(status, out.toString(), err.toString());
        });
    }
}
