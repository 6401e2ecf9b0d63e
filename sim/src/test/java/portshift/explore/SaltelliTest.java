package portshift.explore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.util.List;
import java.util.function.ToDoubleFunction;

import org.junit.jupiter.api.Test;

/**
 * Sobol indices against functions whose indices are known in closed form, at the documented N of 4,096 rows (the
 * estimators are in {@link SobolEstimators}):
 * <ul>
 * <li>Ishigami, f = sin x1 + a sin^2 x2 + b x3^4 sin x1 on [-pi, pi]^3 with a = 7 and b = 0.1 (Ishigami and Homma
 * 1990; Saltelli et al. 2008, section 4.6): x3 acts only through its interaction with x1, so its first-order index is
 * 0 and its total index is not;</li>
 * <li>Sobol's g-function, f = prod (|4 x_i - 2| + a_i) / (1 + a_i) on [0, 1]^8 with a = (0, 1, 4.5, 9, 99, 99, 99,
 * 99) (Saltelli and Sobol 1995): V_i = 1 / (3 (1 + a_i)^2), V = prod (1 + V_i) - 1, S_i = V_i / V,
 * ST_i = V_i prod_{j != i} (1 + V_j) / V, S_ij = V_i V_j / V.</li>
 * </ul>
 * Each index must lie within 0.01 of its true value, with 1,000 added to the output too.
 */
class SaltelliTest {
    private static final double A = 7;
    private static final double B = 0.1;
    private static final double[] G = {0, 1, 4.5, 9, 99, 99, 99, 99};
    private static final int DOCUMENTED_ROWS = 4096;

    private static double ishigami(double[] share) {
        double x1 = -Math.PI + 2 * Math.PI * share[0];
        double x2 = -Math.PI + 2 * Math.PI * share[1];
        double x3 = -Math.PI + 2 * Math.PI * share[2];
        return Math.sin(x1) + A * Math.sin(x2) * Math.sin(x2) + B * Math.pow(x3, 4) * Math.sin(x1);
    }

    private static double gFunction(double[] x) {
        double product = 1;
        for (int i = 0; i < G.length; i++) {
            product *= (Math.abs(4 * x[i] - 2) + G[i]) / (1 + G[i]);
        }
        return product;
    }

    /** {S1, S2, S3, ST1, ST2, ST3, S13} from the partial variances of the closed form. */
    private static double[] ishigamiTruth() {
        double pi4 = Math.pow(Math.PI, 4);
        double v1 = 0.5 * Math.pow(1 + B * pi4 / 5, 2);
        double v2 = A * A / 8;
        double v13 = B * B * Math.pow(Math.PI, 8) * (1.0 / 18 - 1.0 / 50);
        double v = v1 + v2 + v13;
        return new double[] {v1 / v, v2 / v, 0, (v1 + v13) / v, v2 / v, v13 / v, v13 / v};
    }

    /** {S_1 .. S_8, ST_1 .. ST_8, S_12}. */
    private static double[] gTruth() {
        int k = G.length;
        double[] vi = new double[k];
        double all = 1;
        for (int i = 0; i < k; i++) {
            vi[i] = 1 / (3 * (1 + G[i]) * (1 + G[i]));
            all *= 1 + vi[i];
        }
        double v = all - 1;
        double[] out = new double[2 * k + 1];
        for (int i = 0; i < k; i++) {
            out[i] = vi[i] / v;
            out[k + i] = vi[i] * all / (1 + vi[i]) / v;
        }
        out[2 * k] = vi[0] * vi[1] / v;
        return out;
    }

    private static List<Sensitivity.Measure> analyse(ToDoubleFunction<double[]> f, int k, int rows, long seed,
                                                     double added, boolean secondOrder) {
        Saltelli s = Saltelli.design(rows, k, seed, secondOrder);
        double[] y = new double[s.points().length];
        for (int i = 0; i < y.length; i++) {
            y[i] = f.applyAsDouble(s.points()[i]) + added;
        }
        return s.measures(y, seed);
    }

    private static Sensitivity.Measure of(List<Sensitivity.Measure> all, int input, String name) {
        return all.stream().filter(m -> m.uncertainty() == input && m.name().equals(name)).findFirst().orElseThrow();
    }

    private static Sensitivity.Measure pair(List<Sensitivity.Measure> all, int j, int l) {
        return all.stream().filter(m -> m.uncertainty() == j && m.partner() == l).findFirst().orElseThrow();
    }

    /** Every first and total index within 0.01 of the truth, inside its interval widened by 0.01, and settled. */
    private static void recovered(List<Sensitivity.Measure> m, double[] truth, int k, String what) {
        for (int j = 0; j < k; j++) {
            for (String name : List.of("first_order", "total_order")) {
                double expected = truth[(name.equals("first_order") ? 0 : k) + j];
                Sensitivity.Measure got = of(m, j, name);
                assertThat(got.value()).as("%s: %s of x%d", what, name, j + 1).isCloseTo(expected, offset(0.01));
                assertThat(expected).as("%s: %s of x%d within [%f, %f]", what, name, j + 1, got.low(), got.high())
                        .isBetween(got.low() - 0.01, got.high() + 0.01);
                assertThat(got.high() - got.low()).as("%s: interval of %s of x%d", what, name, j + 1).isLessThan(0.15);
                assertThat(got.atHalf()).as("%s: %s of x%d from 2,048 rows", what, name, j + 1)
                        .isCloseTo(expected, offset(0.03));
                assertThat(got.units()).isEqualTo(DOCUMENTED_ROWS);
            }
        }
    }

    @Test
    void theIshigamiIndicesAreRecoveredWithinAHundredth() {
        double[] truth = ishigamiTruth();
        assertThat(truth[0]).isCloseTo(0.3139, offset(1e-4));
        assertThat(truth[3]).isCloseTo(0.5576, offset(1e-4));
        recovered(analyse(SaltelliTest::ishigami, 3, DOCUMENTED_ROWS, 1, 0, false), truth, 3, "Ishigami");
        recovered(analyse(SaltelliTest::ishigami, 3, DOCUMENTED_ROWS, 1, 1000, false), truth, 3, "Ishigami + 1000");
    }

    @Test
    void theGFunctionIndicesAreRecoveredWithinAHundredth() {
        double[] truth = gTruth();
        assertThat(truth[0]).isCloseTo(0.7162, offset(1e-4));
        assertThat(truth[8]).isCloseTo(0.7871, offset(1e-4));
        recovered(analyse(SaltelliTest::gFunction, 8, DOCUMENTED_ROWS, 2, 0, false), truth, 8, "g-function");
        recovered(analyse(SaltelliTest::gFunction, 8, DOCUMENTED_ROWS, 2, 1000, false), truth, 8, "g-function + 1000");
    }

    @Test
    void addingAConstantToTheOutputChangesNoIndexNorInterval() {
        for (int rows : new int[] {256, DOCUMENTED_ROWS}) {
            List<Sensitivity.Measure> plain = analyse(SaltelliTest::ishigami, 3, rows, 3, 0, true);
            List<Sensitivity.Measure> shifted = analyse(SaltelliTest::ishigami, 3, rows, 3, 1000, true);
            assertThat(shifted).hasSameSizeAs(plain);
            for (int i = 0; i < plain.size(); i++) {
                Sensitivity.Measure p = plain.get(i);
                Sensitivity.Measure s = shifted.get(i);
                String what = p.name() + " of x" + (p.uncertainty() + 1) + " at " + rows + " rows";
                assertThat(s.value()).as(what).isCloseTo(p.value(), offset(1e-6));
                assertThat(s.high() - s.low()).as(what).isCloseTo(p.high() - p.low(), offset(1e-4));
            }
        }
    }

    @Test
    void secondOrderIndicesAreThePairsShareBeyondTheirOwn() {
        double[] ishigami = ishigamiTruth();
        List<Sensitivity.Measure> m = analyse(SaltelliTest::ishigami, 3, DOCUMENTED_ROWS, 1, 1000, true);
        assertThat(pair(m, 0, 2).value()).as("S13").isCloseTo(ishigami[6], offset(0.01));
        assertThat(pair(m, 0, 1).value()).as("S12").isCloseTo(0, offset(0.01));
        assertThat(pair(m, 1, 2).value()).as("S23").isCloseTo(0, offset(0.01));
        assertThat(m).filteredOn(x -> x.name().equals("second_order")).hasSize(3);
        double[] g = gTruth();
        List<Sensitivity.Measure> gm = analyse(SaltelliTest::gFunction, 8, DOCUMENTED_ROWS, 2, 0, true);
        assertThat(pair(gm, 0, 1).value()).as("S12 of the g-function").isCloseTo(g[16], offset(0.01));
        assertThat(gm).filteredOn(x -> x.name().equals("second_order")).hasSize(28);
        recovered(gm, g, 8, "g-function, second-order design");
    }

    /**
     * A design of 4 rows over 2 uncertainties with outcomes set by hand, against indices worked out by hand (and with
     * numpy, independently): f_A = (1, 2, 4, 0) and f_B = (5, 0, 3, 6) have mean 2.625 and variance 35.875 / 8;
     * S_1 = ((5 - 2.625)(3 - 1) + (0 - 2.625)(2.5 - 2) + (3 - 2.625)(1 - 4) + (6 - 2.625)(2 - 0)) / 4 / V = 72.5 / 143.5.
     */
    @Test
    void agreesWithIndicesWorkedOutByHand() {
        Saltelli s = Saltelli.design(4, 2, 1, true);
        double[] y = {1, 3, 2, 4, 0.5, 5, 2, 2.5, 6, 1, 3, 0, 4, 1, 3.5, 2, 7, 3, 0, 2, 1, 5, 2.5, 6};
        List<Sensitivity.Measure> m = s.measures(y, 1);
        assertThat(of(m, 0, "first_order").value()).isCloseTo(72.5 / 143.5, offset(1e-12));
        assertThat(of(m, 0, "first_order").value()).isCloseTo(0.505226480836, offset(1e-11));
        assertThat(of(m, 1, "first_order").value()).isCloseTo(-0.275261324042, offset(1e-11));
        assertThat(of(m, 0, "total_order").value()).isCloseTo(0.480836236934, offset(1e-11));
        assertThat(of(m, 1, "total_order").value()).isCloseTo(0.508710801394, offset(1e-11));
        assertThat(pair(m, 0, 1).value()).isCloseTo(-0.240418118467, offset(1e-11));
        // the first two rows alone
        assertThat(of(m, 0, "first_order").atHalf()).isCloseTo(0.714285714286, offset(1e-11));
        assertThat(of(m, 1, "total_order").atHalf()).isCloseTo(1.214285714286, offset(1e-11));
        assertThat(pair(m, 0, 1).atHalf()).isCloseTo(-0.142857142857, offset(1e-11));
    }

    @Test
    void rowsArePowersOfTwoHoldingAtLeastTheSamplesAsked() {
        assertThat(Saltelli.rowsFor(960, 13, false)).isEqualTo(64);
        assertThat(Saltelli.rowsFor(961, 13, false)).isEqualTo(128);
        assertThat(Saltelli.rowsFor(200, 13, false)).isEqualTo(16);
        assertThat(Saltelli.rowsFor(200, 13, true)).isEqualTo(8);
        assertThat(Saltelli.rowsFor(2, 13, false)).isEqualTo(Saltelli.MIN_ROWS);
    }

    @Test
    void theDesignIsTheShiftedSequenceFromItsFirstPointBalancedAlongEachUncertainty() {
        Saltelli s = Saltelli.design(8, 3, 5, true);
        int per = 2 * 3 + 2;
        assertThat(s.points()).hasNumberOfRows(8 * per);
        for (int i = 0; i < 8; i++) {
            double[] a = s.points()[i * per];
            double[] b = s.points()[i * per + per - 1];
            for (int j = 0; j < 3; j++) {
                double[] ab = s.points()[i * per + 1 + j];
                double[] ba = s.points()[i * per + 4 + j];
                for (int c = 0; c < 3; c++) {
                    assertThat(ab[c]).isEqualTo(c == j ? b[c] : a[c]);
                    assertThat(ba[c]).isEqualTo(c == j ? a[c] : b[c]);
                }
            }
        }
        for (int j = 0; j < 3; j++) {
            boolean[] filled = new boolean[8];
            for (int i = 0; i < 8; i++) {
                double x = s.points()[i * per][j];
                assertThat(x).isGreaterThanOrEqualTo(0).isLessThan(1);
                filled[(int) (x * 8)] = true;
            }
            assertThat(filled).as("A's column %d holds one point in each eighth", j).containsOnly(true);
        }
        assertThat(Saltelli.design(8, 3, 5, true).points()).isDeepEqualTo(s.points());
        assertThat(Saltelli.design(8, 3, 6, true).points()[0]).isNotEqualTo(s.points()[0]);
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
