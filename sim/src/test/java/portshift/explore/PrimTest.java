package portshift.explore;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.apache.commons.math3.random.MersenneTwister;
import org.junit.jupiter.api.Test;

/** PRIM finds a box planted in synthetic data: cases are the points with x0 > 0.6 and x1 < 0.3; x2 is irrelevant. */
class PrimTest {
    private static final int N = 1000;

    @Test
    void recoversAPlantedBoxAndLeavesTheIrrelevantInputAlone() {
        MersenneTwister random = new MersenneTwister(4);
        double[][] x = new double[N][3];
        boolean[] cases = new boolean[N];
        for (int i = 0; i < N; i++) {
            for (int j = 0; j < 3; j++) {
                x[i][j] = random.nextDouble();
            }
            cases[i] = x[i][0] > 0.6 && x[i][1] < 0.3;
        }
        List<Prim.Box> trajectory = Prim.peel(x, cases);
        assertThat(trajectory.get(0).coverage()).isEqualTo(1.0);
        assertThat(trajectory.get(0).density()).isBetween(0.08, 0.16);
        for (int s = 1; s < trajectory.size(); s++) {
            assertThat(trajectory.get(s).density()).as("density rises").isGreaterThan(trajectory.get(s - 1).density());
            assertThat(trajectory.get(s).points()).isLessThan(trajectory.get(s - 1).points());
        }
        Prim.Box box = Prim.chosen(trajectory);
        assertThat(box.density()).isGreaterThan(0.9);
        assertThat(box.coverage()).isGreaterThan(0.8);
        assertThat(box.low()[0]).isBetween(0.5, 0.65);
        assertThat(box.high()[1]).isBetween(0.25, 0.4);
        assertThat(box.low()[2]).as("x2 not restricted").isLessThan(0.05);
        assertThat(box.high()[2]).isGreaterThan(0.95);
    }

    @Test
    void withNoCasesNothingIsPeeled() {
        double[][] x = {{0}, {1}, {2}, {3}};
        List<Prim.Box> trajectory = Prim.peel(x, new boolean[4]);
        assertThat(trajectory).hasSize(1);
        assertThat(Prim.chosen(trajectory).points()).isEqualTo(4);
    }
}
