package portshift.explore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Sobol indices of the Ishigami function, f = sin x1 + a sin^2 x2 + b x3^4 sin x1 on [-pi, pi]^3 with a = 7 and
 * b = 0.1, whose indices are known in closed form (Ishigami and Homma 1990; Saltelli et al. 2008, section 4.6):
 * x3 acts only through its interaction with x1, so its first-order index is 0 and its total index is not.
 */
class SaltelliTest {
    private static final double A = 7;
    private static final double B = 0.1;

    private static double ishigami(double[] share) {
        double x1 = -Math.PI + 2 * Math.PI * share[0];
        double x2 = -Math.PI + 2 * Math.PI * share[1];
        double x3 = -Math.PI + 2 * Math.PI * share[2];
        return Math.sin(x1) + A * Math.sin(x2) * Math.sin(x2) + B * Math.pow(x3, 4) * Math.sin(x1);
    }

    /** {S1, S2, S3, ST1, ST2, ST3} from the partial variances of the closed form. */
    private static double[] truth() {
        double pi4 = Math.pow(Math.PI, 4);
        double v1 = 0.5 * Math.pow(1 + B * pi4 / 5, 2);
        double v2 = A * A / 8;
        double v13 = B * B * Math.pow(Math.PI, 8) * (1.0 / 18 - 1.0 / 50);
        double v = v1 + v2 + v13;
        return new double[] {v1 / v, v2 / v, 0, (v1 + v13) / v, v2 / v, v13 / v};
    }

    private static List<Sensitivity.Measure> analyse(int rows, long seed) {
        Saltelli s = Saltelli.design(rows, 3, seed);
        double[] y = new double[s.points().length];
        for (int i = 0; i < y.length; i++) {
            y[i] = ishigami(s.points()[i]);
        }
        return s.measures(y, seed);
    }

    private static Sensitivity.Measure of(List<Sensitivity.Measure> all, int input, String name) {
        return all.stream().filter(m -> m.uncertainty() == input && m.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void theIshigamiIndicesAreRecoveredWithinTheirIntervals() {
        double[] truth = truth();
        assertThat(truth[0]).isCloseTo(0.3139, offset(1e-3));
        assertThat(truth[3]).isCloseTo(0.5576, offset(1e-3));
        List<Sensitivity.Measure> m = analyse(4096, 1);
        for (int j = 0; j < 3; j++) {
            for (String name : List.of("first_order", "total_order")) {
                double expected = truth[(name.equals("first_order") ? 0 : 3) + j];
                Sensitivity.Measure got = of(m, j, name);
                assertThat(got.value()).as("%s of x%d", name, j + 1).isCloseTo(expected, offset(0.03));
                assertThat(expected).as("%s of x%d within [%f, %f]", name, j + 1, got.low(), got.high())
                        .isBetween(got.low() - 0.01, got.high() + 0.01);
                assertThat(got.high() - got.low()).as("interval of %s of x%d", name, j + 1).isLessThan(0.15);
                assertThat(got.units()).isEqualTo(4096);
            }
        }
    }

    @Test
    void theDesignHoldsARowOfAOneOfEachABAndOneOfB() {
        Saltelli s = Saltelli.design(8, 3, 5);
        assertThat(s.points()).hasNumberOfRows(8 * 5);
        for (int i = 0; i < 8; i++) {
            double[] a = s.points()[i * 5];
            double[] b = s.points()[i * 5 + 4];
            for (int j = 0; j < 3; j++) {
                double[] ab = s.points()[i * 5 + 1 + j];
                for (int c = 0; c < 3; c++) {
                    assertThat(ab[c]).isEqualTo(c == j ? b[c] : a[c]);
                }
            }
            for (double x : a) {
                assertThat(x).isGreaterThanOrEqualTo(0).isLessThan(1);
            }
        }
        assertThat(Saltelli.design(8, 3, 5).points()).isDeepEqualTo(s.points());
        assertThat(Saltelli.design(8, 3, 6).points()[0]).isNotEqualTo(s.points()[0]);
    }

    @Test
    void anInertInputHasZeroIndices() {
        Saltelli s = Saltelli.design(256, 2, 3);
        double[] y = new double[s.points().length];
        for (int i = 0; i < y.length; i++) {
            y[i] = Math.exp(s.points()[i][0]);
        }
        List<Sensitivity.Measure> m = s.measures(y, 3);
        assertThat(of(m, 1, "first_order").value()).isZero();
        assertThat(of(m, 1, "total_order").value()).isZero();
        assertThat(of(m, 0, "total_order").value()).isCloseTo(1, offset(0.05));
        assertThat(of(m, 0, "first_order").value()).isCloseTo(1, offset(0.05));
    }
}
