package portshift.explore;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Rank correlations on a hypercube where y = x0 - x1^3 / 2 and x2 is inert. */
class RankCorrelationTest {

    @Test
    void aRisingInputCorrelatesPositivelyAFallingOneNegativelyAndAnInertOneNotAtAll() {
        RankCorrelation r = new RankCorrelation(LatinHypercube.sample(300, 3, 4));
        double[] y = new double[300];
        for (int i = 0; i < y.length; i++) {
            double[] x = r.points()[i];
            y[i] = x[0] - Math.pow(x[1], 3) / 2;
        }
        List<Sensitivity.Measure> m = r.measures(y, 4);
        assertThat(m).hasSize(3).allSatisfy(x -> {
            assertThat(x.name()).isEqualTo("rank_correlation");
            assertThat(x.units()).isEqualTo(300);
            assertThat(x.low()).isLessThan(x.value());
            assertThat(x.high()).isGreaterThan(x.value());
        });
        assertThat(m.get(0).value()).isGreaterThan(0.7);
        assertThat(m.get(0).low()).isGreaterThan(0.6);
        assertThat(m.get(1).value()).isLessThan(-0.3);
        assertThat(m.get(1).high()).isLessThan(0);
        assertThat(0.0).as("x2 is inert").isBetween(m.get(2).low(), m.get(2).high());
        assertThat(Math.abs(m.get(0).value())).isGreaterThan(Math.abs(m.get(1).value()));
    }

    @Test
    void aPointWithoutAValueIsLeftOut() {
        RankCorrelation r = new RankCorrelation(LatinHypercube.sample(20, 1, 1));
        double[] y = new double[20];
        for (int i = 0; i < y.length; i++) {
            y[i] = r.points()[i][0];
        }
        y[3] = Double.NaN;
        Sensitivity.Measure m = r.measures(y, 1).get(0);
        assertThat(m.units()).isEqualTo(19);
        assertThat(m.value()).isEqualTo(1.0);
    }
}
