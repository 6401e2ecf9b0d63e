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

    private static List<Sensitivity.Measure> screen(int r, long seed) {
        Morris m = Morris.design(r, 4, seed);
        double[] y = new double[m.points().length];
        for (int i = 0; i < y.length; i++) {
            y[i] = f(m.points()[i]);
        }
        return m.measures(y, seed);
    }

    private static Sensitivity.Measure of(List<Sensitivity.Measure> all, int input, String name) {
        return all.stream().filter(m -> m.uncertainty() == input && m.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void anInertInputHasNoEffectAndALinearOneItsSlope() {
        List<Sensitivity.Measure> e = screen(20, 3);
        assertThat(e).hasSize(4 * 3);
        assertThat(of(e, 1, "mu_star").value()).as("x1 is inert").isZero();
        assertThat(of(e, 1, "mu_star").high()).as("and its interval is 0 too").isZero();
        assertThat(of(e, 1, "sigma").value()).isZero();
        // x0's effect is 3 + x3: between 3 and 4, and varies with x3
        assertThat(of(e, 0, "mu_star").value()).isBetween(3.0, 4.0);
        assertThat(of(e, 0, "mu").value()).isEqualTo(of(e, 0, "mu_star").value());
        assertThat(of(e, 0, "sigma").value()).isGreaterThan(0);
        // x2's effect is 2 (x2 + x2') over the step: nonlinear, so it varies
        assertThat(of(e, 2, "mu_star").value()).isGreaterThan(0.5);
        assertThat(of(e, 2, "sigma").value()).isGreaterThan(0);
        assertThat(e).allSatisfy(m -> {
            assertThat(m.units()).isEqualTo(20);
            assertThat(m.low()).as("%s of x%d", m.name(), m.uncertainty()).isLessThanOrEqualTo(m.value());
            assertThat(m.high()).as("%s of x%d", m.name(), m.uncertainty()).isGreaterThanOrEqualTo(m.value());
        });
        // x0's effect, 3 + x3, averages 3.5 over the grid's levels of x3
        assertThat(3.5).isBetween(of(e, 0, "mu_star").low(), of(e, 0, "mu_star").high());
        assertThat(of(e, 0, "mu_star").low()).isGreaterThan(3.0);
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
