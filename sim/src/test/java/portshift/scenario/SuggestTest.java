package portshift.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import portshift.CpuBudget;

/** The banded edit distance agrees with the full one, and a hint's cost is bounded. */
class SuggestTest {
    private static int levenshtein(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            for (int j = 0; j <= b.length(); j++) {
                d[i][j] = i == 0 ? j : j == 0 ? i : Math.min(d[i - 1][j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1),
                        Math.min(d[i - 1][j], d[i][j - 1]) + 1);
            }
        }
        return d[a.length()][b.length()];
    }

    private static String random(Random r) {
        StringBuilder s = new StringBuilder();
        int n = r.nextInt(12);
        for (int i = 0; i < n; i++) {
            s.append((char) ('A' + r.nextInt(3)));
        }
        return s.toString();
    }

    @Test
    void bandedDistanceIsExactUpToItsBound() {
        Random r = new Random(7);
        for (int t = 0; t < 20_000; t++) {
            String a = random(r);
            String b = random(r);
            int max = r.nextInt(6);
            assertThat(Suggest.distance(a, b, max)).as("%s %s %d", a, b, max).isEqualTo(Math.min(levenshtein(a, b), max + 1));
        }
    }

    @Test
    void hintsAreAsBefore() {
        assertThat(Suggest.didYouMean("ANTWERPP", List.of("ROTTERDAM", "ANTWERP", "HAMBURG"))).isEqualTo(" (did you mean ANTWERP?)");
        assertThat(Suggest.didYouMean("scaners", List.of("officers", "scanners"))).isEqualTo(" (did you mean scanners?)");
        assertThat(Suggest.didYouMean("IMPORTER", List.of("EXPORT", "IMPORT", "HUB"))).isEqualTo(" (did you mean IMPORT?)");
        assertThat(Suggest.didYouMean("XYZXYZ", List.of("ANTWERP"))).isEmpty();
        assertThat(Suggest.didYouMean("AB", List.of("AC", "AD"))).as("the first of equals").isEqualTo(" (did you mean AC?)");
    }

    @Test
    void longTextGetsNoHintAndCostsLittle() {
        String mega = "A".repeat(1_000_000);
        List<String> known = new ArrayList<>(List.of(mega, mega + "B", "ANTWERP"));
        // CPU time (a hang guard). Quiet: under 0.001 s
        CpuBudget.run(Duration.ofSeconds(5), "a hint for a megabyte of text", () -> {
            assertThat(Suggest.didYouMean(mega, known)).isEmpty();
            assertThat(Suggest.didYouMean("ANTWERX", known)).isEqualTo(" (did you mean ANTWERP?)");
        });
    }

    @Test
    void manyLongCandidatesCostLittle() {
        Random r = new Random(3);
        List<String> known = IntStream.range(0, 1_000_000).mapToObj(i -> random(r) + "X".repeat(50)).toList();
        // CPU time (a hang guard). Quiet: 0.21 s
        CpuBudget.run(Duration.ofSeconds(5), "200 hints among a million candidates", () -> {
            for (int i = 0; i < 200; i++) {
                Suggest.didYouMean("Y".repeat(40) + i, known);
            }
        });
    }
}
