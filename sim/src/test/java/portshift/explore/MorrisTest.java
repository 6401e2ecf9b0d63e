package portshift.explore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Screening a function whose effects are known: y = 3 x0 + 0 x1 + 2 x2^2 + x0 x3, with x1 inert. */
class MorrisTest {
    private static double f(double[] x) {
        return 3 * x[0] + 2 * x[2] * x[2] + x[0] * x[3];
    }

    private static List<Morris.Effect> screen(int r, long seed) {
        Morris m = Morris.design(r, 4, seed);
        double[] y = new double[m.points().length];
        for (int i = 0; i < y.length; i++) {
            y[i] = f(m.points()[i]);
        }
        return m.effects(y);
    }

    @Test
    void anInertInputHasNoEffectAndALinearOneItsSlope() {
        List<Morris.Effect> e = screen(20, 3);
        assertThat(e.get(1).muStar()).as("x1 is inert").isZero();
        assertThat(e.get(1).sigma()).isZero();
        // x0's effect is 3 + x3: between 3 and 4, and varies with x3
        assertThat(e.get(0).muStar()).isBetween(3.0, 4.0);
        assertThat(e.get(0).sigma()).isGreaterThan(0);
        // x2's effect is 2 (x2 + x2') over the step: nonlinear, so it varies
        assertThat(e.get(2).muStar()).isGreaterThan(0.5);
        assertThat(e.get(2).sigma()).isGreaterThan(0);
        assertThat(e).allSatisfy(effect -> assertThat(effect.trajectories()).isEqualTo(20));
    }

    @Test
    void everyTrajectoryMovesEachInputOnceByTheStep() {
        Morris m = Morris.design(5, 3, 11);
        assertThat(m.points()).hasNumberOfRows(5 * 4);
        for (int t = 0; t < 5; t++) {
            for (int s = 0; s < 3; s++) {
                double[] before = m.points()[t * 4 + s];
                double[] after = m.points()[t * 4 + s + 1];
                int j = m.changed()[t][s];
                assertThat(Math.abs(after[j] - before[j])).isCloseTo(Morris.DELTA, offset(1e-9));
                for (int other = 0; other < 3; other++) {
                    if (other != j) {
                        assertThat(after[other]).isEqualTo(before[other]);
                    }
                }
            }
            assertThat(java.util.Arrays.stream(m.changed()[t]).sorted().toArray()).containsExactly(0, 1, 2);
        }
    }
}
