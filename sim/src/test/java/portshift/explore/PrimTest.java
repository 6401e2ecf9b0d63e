package portshift.explore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.util.List;

import org.apache.commons.math3.random.MersenneTwister;
import org.junit.jupiter.api.Test;

/**
 * PRIM on synthetic data where the answer is known: a box planted in three uncertainties (cases are the points with
 * x0 > 0.6 and x1 < 0.3; x2 is irrelevant), a one-dimensional case whose quasi-p value was computed independently,
 * and the promises of the reported box: it is the box whose coverage, density and points are given, its bounds are
 * sampled values that it holds, and pasting only ever widens it.
 */
class PrimTest {
    private static final int N = 1000;

    private static double[][] points(int n, int k, long seed) {
        MersenneTwister random = new MersenneTwister(seed);
        double[][] x = new double[n][k];
        for (double[] p : x) {
            for (int j = 0; j < k; j++) {
                p[j] = random.nextDouble();
            }
        }
        return x;
    }

    private static boolean[] planted(double[][] x) {
        boolean[] cases = new boolean[x.length];
        for (int i = 0; i < x.length; i++) {
            cases[i] = x[i][0] > 0.6 && x[i][1] < 0.3;
        }
        return cases;
    }

    private static PrimCut cut(List<PrimCut> cuts, int j, boolean atLeast) {
        return cuts.stream().filter(c -> c.uncertainty() == j && c.atLeast() == atLeast).findFirst().orElseThrow();
    }

    @Test
    void recoversAPlantedBoxAndLeavesTheIrrelevantInputAlone() {
        double[][] x = points(N, 3, 4);
        boolean[] cases = planted(x);
        Discovery.Found found = Discovery.find(x, cases);
        List<Prim.Box> trajectory = found.trajectory();
        assertThat(trajectory.get(0).coverage()).isEqualTo(1.0);
        assertThat(trajectory.get(0).density()).isBetween(0.08, 0.16);
        for (int s = 1; s < trajectory.size(); s++) {
            assertThat(trajectory.get(s).density()).as("density rises").isGreaterThan(trajectory.get(s - 1).density()
                    - (trajectory.get(s).phase() != trajectory.get(s - 1).phase() ? 1 : 0));
        }
        Prim.Box box = found.judged().reported();
        assertThat(box.density()).isGreaterThan(0.9);
        assertThat(box.coverage()).isGreaterThan(0.8);
        assertThat(box.low()[0]).isBetween(0.5, 0.65);
        assertThat(box.high()[1]).isBetween(0.25, 0.4);
        List<PrimCut> cuts = found.judged().cuts();
        assertThat(cut(cuts, 0, true).reported()).isTrue();
        assertThat(cut(cuts, 0, true).quasiP()).isLessThan(1e-6);
        assertThat(cut(cuts, 1, false).reported()).isTrue();
        assertThat(cuts.stream().filter(c -> c.uncertainty() == 2)).as("x2 not bounded in the reported box")
                .noneMatch(PrimCut::reported);
        assertThat(box.low()[2]).isEqualTo(trajectory.get(0).low()[2]);
        assertThat(box.high()[2]).isEqualTo(trajectory.get(0).high()[2]);
    }

    @Test
    void theReportedBoxIsTheBoxWhoseFiguresAreGivenWithInclusiveSampledBounds() {
        double[][] x = points(400, 4, 9);
        boolean[] cases = planted(x);
        Prim.Box box = Discovery.find(x, cases).judged().reported();
        int points = 0;
        int hits = 0;
        int total = 0;
        for (int i = 0; i < x.length; i++) {
            boolean in = true;
            for (int j = 0; j < 4; j++) {
                in &= x[i][j] >= box.low()[j] && x[i][j] <= box.high()[j];
            }
            points += in ? 1 : 0;
            hits += in && cases[i] ? 1 : 0;
            total += cases[i] ? 1 : 0;
        }
        assertThat(box.points()).isEqualTo(points);
        assertThat(box.cases()).isEqualTo(hits);
        assertThat(box.coverage()).isEqualTo(hits / (double) total);
        assertThat(box.density()).isEqualTo(hits / (double) points);
        for (int j = 0; j < 4; j++) {
            int jj = j;
            assertThat(java.util.Arrays.stream(x).mapToDouble(p -> p[jj]))
                    .as("the bounds on x%d are sampled values", j).contains(box.low()[j], box.high()[j]);
        }
    }

    @Test
    void pastingOnlyWidensTheBoxAndRaisesItsDensity() {
        double[][] x = points(300, 3, 12);
        boolean[] cases = new boolean[x.length];
        MersenneTwister noise = new MersenneTwister(13);
        for (int i = 0; i < x.length; i++) {
            cases[i] = x[i][0] + 0.3 * x[i][1] > 0.8 ^ noise.nextDouble() < 0.1;
        }
        Discovery.Found found = Discovery.find(x, cases);
        Prim.Box before = found.start();
        for (Prim.Box b : found.trajectory()) {
            if (b.phase() != Prim.Phase.PASTE) {
                continue;
            }
            assertThat(b.density()).isGreaterThan(before.density());
            for (int j = 0; j < 3; j++) {
                assertThat(b.low()[j]).isLessThanOrEqualTo(before.low()[j]);
                assertThat(b.high()[j]).isGreaterThanOrEqualTo(before.high()[j]);
            }
            before = b;
        }
    }

    /**
     * x = 0 .. 99; from 60 up three points in four are cases (30 of 40), below 60 one in four (15 of 60). The box
     * x >= 60 has the quasi-p P(X >= 30) for X binomial(40, 45 / 100): 1.1350735e-4 by scipy.stats.binomtest(30, 40,
     * 0.45, alternative="greater"), computed apart from this program.
     */
    @Test
    void aBoundsQuasiPIsTheOneSidedBinomialTestAgainstTheBoxWithoutIt() {
        double[][] x = new double[100][1];
        boolean[] cases = new boolean[100];
        for (int i = 0; i < 100; i++) {
            x[i][0] = i;
            cases[i] = i >= 60 ? i % 4 != 0 : i % 4 == 0;
        }
        Prim.Box whole = Prim.all(x, cases);
        Prim.Box box = Prim.with(x, cases, whole, 0, 60, 99);
        assertThat(box.points()).isEqualTo(40);
        assertThat(box.cases()).isEqualTo(30);
        double[][] p = PrimSignificance.quasiP(x, cases, box, whole);
        assertThat(p[0][0]).isCloseTo(1.1350735010767908e-4, offset(1e-12));
        assertThat(p[0][1]).as("the box has no upper bound").isNaN();
    }

    @Test
    void theBootstrapFindsThePlantedBoundsAgainAndRarelyTheIrrelevantInput() {
        double[][] x = points(300, 3, 21);
        boolean[] cases = planted(x);
        double[][] shares = Discovery.stability(x, cases, 5);
        assertThat(shares[0][0]).as("x0 bounded from below").isGreaterThan(0.9);
        assertThat(shares[1][1]).as("x1 bounded from above").isGreaterThan(0.9);
        assertThat(shares[2][0] + shares[2][1]).as("x2 bounded").isLessThan(0.3);
        assertThat(Discovery.stability(x, cases, 5)).as("the same seed, the same shares").isDeepEqualTo(shares);
    }

    @Test
    void withNoCasesOrOnlyCasesNothingIsBounded() {
        double[][] x = {{0}, {1}, {2}, {3}};
        for (boolean[] cases : new boolean[][] {new boolean[4], {true, true, true, true}}) {
            Discovery.Found found = Discovery.find(x, cases);
            assertThat(found.trajectory()).hasSize(1);
            assertThat(found.judged().reported().points()).isEqualTo(4);
            assertThat(found.judged().cuts()).noneMatch(PrimCut::reported);
        }
    }
}
