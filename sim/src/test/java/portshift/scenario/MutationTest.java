package portshift.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import portshift.TestPaths;

/**
 * Many random mutations of the shipped files (deleted keys, wrong types, out-of-range numbers,
 * unknown ids, truncated text) are fed to the loader: each is either valid or a ScenarioException
 * with one-line messages; never another exception, never a hang.
 */
class MutationTest {
    private static final int MUTANTS = 600;
    private static final String[] JUNK = {"-1", "1e9", "-0.5", "2.5", "true", "\"text\"", "[]", "{}", "null", "ANTWERPX",
            "NOWHERE", "[1, 2]", "{a: 1}", "999999999999999999999", "2024-02-30", "''", "1.5", "0"};

    @TempDir
    Path dir;

    @Test
    void everyMutantLoadsOrGivesOneLineErrors() throws IOException {
        List<Path> files = TestPaths.shippedScenarios();
        for (Path f : files) {
            Files.copy(f, dir.resolve(f.getFileName()));
        }
        Random random = new Random(Long.getLong("portshift.mutationSeed", 20261122L));
        int valid = 0;
        int invalid = 0;
        for (int n = 0; n < MUTANTS; n++) {
            Path source = files.get(random.nextInt(files.size()));
            List<String> lines = new ArrayList<>(Files.readAllLines(source));
            String kind = mutate(lines, random);
            Path mutant = dir.resolve("mutant.yaml");
            Files.writeString(mutant, String.join("\n", lines) + "\n");
            String context = "mutant " + n + " (" + kind + " of " + source.getFileName() + ")";
            Boolean ok = Assertions.assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
                try {
                    Sweep.expand(LoadedScenario.load(mutant));
                    return true;
                } catch (ScenarioException e) {
                    assertThat(e.problems()).as(context).isNotEmpty()
                            .allSatisfy(p -> assertThat(p).doesNotContain("\n").matches("^\\S+\\.(yaml|json)(:\\d+:\\d+)?: .+"));
                    return false;
                }
            }, context);
            if (ok) {
                valid++;
            } else {
                invalid++;
            }
        }
        assertThat(invalid).as("most mutants are mistakes").isGreaterThan(MUTANTS / 3);
        assertThat(valid + invalid).isEqualTo(MUTANTS);
    }

    private static String mutate(List<String> lines, Random random) {
        int i = random.nextInt(lines.size());
        String line = lines.get(i);
        switch (random.nextInt(6)) {
            case 0 -> {
                lines.remove(i);
                return "deleted line " + (i + 1);
            }
            case 1 -> {
                int colon = line.indexOf(": ");
                if (colon < 0) {
                    return "nothing";
                }
                lines.set(i, line.substring(0, colon + 2) + JUNK[random.nextInt(JUNK.length)]);
                return "replaced value on line " + (i + 1);
            }
            case 2 -> {
                lines.set(i, line.replaceAll("\\d+(\\.\\d+)?", random.nextBoolean() ? "-7" : "123456"));
                return "changed numbers on line " + (i + 1);
            }
            case 3 -> {
                lines.set(i, line.replaceAll("[A-Z]{4,}", "ANTWERPP"));
                return "unknown ids on line " + (i + 1);
            }
            case 4 -> {
                int keep = random.nextInt(lines.size());
                lines.subList(keep, lines.size()).clear();
                if (!lines.isEmpty() && !lines.get(lines.size() - 1).isEmpty()) {
                    String last = lines.remove(lines.size() - 1);
                    lines.add(last.substring(0, random.nextInt(last.length() + 1)));
                }
                return "truncated at line " + keep;
            }
            default -> {
                int colon = line.indexOf(':');
                if (colon <= 0) {
                    return "nothing";
                }
                lines.set(i, line.substring(0, colon) + "x" + line.substring(colon));
                return "renamed key on line " + (i + 1);
            }
        }
    }
}
