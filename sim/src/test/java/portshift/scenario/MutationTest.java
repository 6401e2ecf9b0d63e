package portshift.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import portshift.CpuBudget;
import portshift.Slow;
import portshift.TestPaths;

/**
 * Many random mutations of the shipped files (deleted keys, wrong types, out-of-range numbers,
 * unknown ids, truncated text) are fed to the loader: each is either valid or a ScenarioException
 * with one-line messages; never another exception, never a hang. Mutations known to be mistakes (a negative number
 * in a range-checked field, an unknown port id in a port's levers) must be reported on the mutated line; and both
 * valid and invalid mutants must occur often enough for the checks to mean something.
 */
@Slow
class MutationTest {
    private static final int MUTANTS = 600;
    private static final String[] JUNK = {"-1", "1e9", "-0.5", "2.5", "true", "\"text\"", "[]", "{}", "null", "ANTWERPX",
            "NOWHERE", "[1, 2]", "{a: 1}", "999999999999999999999", "2024-02-30", "''", "1.5", "0"};

    /**
     * A number given to a field, alone on its line or in a flow map; every such field but a position is range-checked
     * and refuses -7 (maps keyed by ids, upper case, are left out: some of their keys are not fields).
     */
    private static final Pattern NUMBER = Pattern.compile(
            "((?:^\\s*|[{,]\\s*)(?!lat:|lon:)[a-z_]+: )\\d+(?:\\.\\d+)?(?=\\s*(?:[,}#]|$))");
    /** A port's levers, by port id (in ports: or an intervention), where an unknown id is a mistake on that line. */
    private static final Pattern PORT_LEVERS = Pattern.compile("^(\\s+)[A-Z][A-Z_]+(: \\{(?:scanners|officers|"
            + "anti_corruption|profiling_skill|containers_per_scanner_per_day|inspections_per_officer_per_day|"
            + "max_screening_share|origin_tracing):.*)$");

    /**
     * A mutation of a file: what was done; and for a mutant known to be a mistake, which kind and the line on which
     * the loader must report it (null and 0 where the mutant may be valid).
     */
    private record Mutation(String kind, String mistake, int mistakeLine) {
        Mutation(String kind) {
            this(kind, null, 0);
        }
    }

    @TempDir
    Path dir;

    @Test
    void everyMutantLoadsOrGivesOneLineErrors() throws IOException {
        List<Path> files = TestPaths.copyShippedScenarios(dir);
        Random random = new Random(Long.getLong("portshift.mutationSeed", 20261122L));
        int valid = 0;
        int invalid = 0;
        Map<String, Integer> known = new TreeMap<>();
        for (int n = 0; n < MUTANTS; n++) {
            Path source = files.get(random.nextInt(files.size()));
            List<String> lines = new ArrayList<>(Files.readAllLines(source));
            Mutation m = mutate(lines, random);
            Path mutant = dir.resolve("mutant.yaml");
            Files.writeString(mutant, String.join("\n", lines) + "\n");
            String context = "mutant " + n + " (" + m.kind() + " of " + source.getFileName() + ")";
            // CPU time for one mutant (a hang guard). Quiet: at most 0.1 s
            Boolean ok = CpuBudget.call(Duration.ofSeconds(10), context, () -> {
                try {
                    Sweep.expand(LoadedScenario.load(mutant));
                    return true;
                } catch (ScenarioException e) {
                    assertThat(e.problems()).as(context).isNotEmpty()
                            .allSatisfy(p -> assertThat(p).doesNotContain("\n").matches("^\\S+\\.(yaml|json)(:\\d+:\\d+)?: .+"));
                    if (m.mistakeLine() > 0) {
                        assertThat(e.problems()).as(context + ": a mistake reported on the mutated line")
                                .anyMatch(p -> p.contains("mutant.yaml:" + m.mistakeLine() + ":"));
                    }
                    return false;
                }
            });
            if (m.mistakeLine() > 0) {
                assertThat(ok).as(context + " is a mistake the loader must report").isFalse();
                known.merge(m.mistake(), 1, Integer::sum);
            }
            if (ok) {
                valid++;
            } else {
                invalid++;
            }
        }
        String counts = valid + " valid, " + invalid + " invalid of " + MUTANTS + "; known mistakes " + known;
        assertThat(invalid).as("most mutants are mistakes: " + counts).isGreaterThan(MUTANTS / 3);
        assertThat(valid).as("some mutants are harmless, so the loader does not refuse everything: " + counts)
                .isGreaterThanOrEqualTo(MUTANTS / 20);
        assertThat(known).as("each kind of known mistake is checked often enough: " + counts)
                .containsOnlyKeys("negative number", "unknown port id")
                .allSatisfy((kind, count) -> assertThat(count).as(kind + ": " + counts).isGreaterThanOrEqualTo(MUTANTS / 40));
    }

    private static Mutation mutate(List<String> lines, Random random) {
        int i = random.nextInt(lines.size());
        String line = lines.get(i);
        switch (random.nextInt(8)) {
            case 0 -> {
                lines.remove(i);
                return new Mutation("deleted line " + (i + 1));
            }
            case 1 -> {
                int colon = line.indexOf(": ");
                if (colon < 0) {
                    return new Mutation("nothing");
                }
                lines.set(i, line.substring(0, colon + 2) + JUNK[random.nextInt(JUNK.length)]);
                return new Mutation("replaced value on line " + (i + 1));
            }
            case 2 -> {
                lines.set(i, line.replaceAll("\\d+(\\.\\d+)?", random.nextBoolean() ? "-7" : "123456"));
                return new Mutation("changed numbers on line " + (i + 1));
            }
            case 3 -> {
                lines.set(i, line.replaceAll("[A-Z]{4,}", "ANTWERPP"));
                return new Mutation("unknown ids on line " + (i + 1));
            }
            case 4 -> {
                int keep = random.nextInt(lines.size());
                lines.subList(keep, lines.size()).clear();
                if (!lines.isEmpty() && !lines.get(lines.size() - 1).isEmpty()) {
                    String last = lines.remove(lines.size() - 1);
                    lines.add(last.substring(0, random.nextInt(last.length() + 1)));
                }
                return new Mutation("truncated at line " + keep);
            }
            case 6 -> {
                return mistake(lines, random, NUMBER, "$1-7", "negative number");
            }
            case 7 -> {
                return mistake(lines, random, PORT_LEVERS, "$1ANTWERPP$2", "unknown port id");
            }
            default -> {
                int colon = line.indexOf(':');
                if (colon <= 0) {
                    return new Mutation("nothing");
                }
                lines.set(i, line.substring(0, colon) + "x" + line.substring(colon));
                return new Mutation("renamed key on line " + (i + 1));
            }
        }
    }

    /** Rewrites the first match on a random line where the pattern is found into a mistake the loader must report there. */
    private static Mutation mistake(List<String> lines, Random random, Pattern pattern, String replacement, String kind) {
        List<Integer> eligible = IntStream.range(0, lines.size()).filter(k -> pattern.matcher(lines.get(k)).find())
                .boxed().toList();
        if (eligible.isEmpty()) {
            return new Mutation("nothing");
        }
        int k = eligible.get(random.nextInt(eligible.size()));
        lines.set(k, pattern.matcher(lines.get(k)).replaceFirst(replacement));
        return new Mutation(kind + " on line " + (k + 1), kind, k + 1);
    }
}
