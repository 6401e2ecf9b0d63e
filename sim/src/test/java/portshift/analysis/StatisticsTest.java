package portshift.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Hand-checked small cases. */
class StatisticsTest {
    private static final Metric ANY = Metric.of(Outcome.MEAN_LOAD);

    @Test
    void welchIntervalAndTestOnASmallCase() {
        // A: mean 2, variance 1; B: mean 5, variance 1; n = 3 each.
        // se = sqrt(1/3 + 1/3) = 0.8165; df = 4; t(0.975, 4) = 2.7764; half width = 2.2670
        MetricComparison c = Statistics.compare(ANY, new double[] {1, 2, 3}, new double[] {4, 5, 6});
        assertThat(c.difference()).isEqualTo(3.0);
        assertThat(c.ciLow()).isCloseTo(3 - 2.2670, within(1e-3));
        assertThat(c.ciHigh()).isCloseTo(3 + 2.2670, within(1e-3));
        // t = 3 / 0.8165 = 3.674 with 4 df: two-sided p = 0.0213
        assertThat(c.pWelch()).isCloseTo(0.0213, within(5e-4));
        assertThat(c.significant()).isTrue();
        // pooled sd 1, d = 3, Hedges' correction 1 - 3/(4*6-9) = 0.8
        assertThat(c.effectSize()).isCloseTo(2.4, within(1e-12));
    }

    @Test
    void identicalSamplesDifferByNothing() {
        MetricComparison c = Statistics.compare(ANY, new double[] {1, 2, 3, 4}, new double[] {1, 2, 3, 4});
        assertThat(c.difference()).isZero();
        assertThat(c.pWelch()).isCloseTo(1.0, within(1e-12));
        assertThat(c.significant()).isFalse();
    }

    @Test
    void aSkewedSampleIsJudgedByMannWhitney() {
        double[] a = {1, 1, 1, 1, 1, 2, 1, 1, 1, 40};
        double[] b = {1, 1, 2, 1, 1, 1, 1, 2, 1, 1};
        MetricComparison c = Statistics.compare(ANY, a, b);
        assertThat(c.skewed()).isTrue();
        assertThat(c.p()).isEqualTo(c.pMannWhitney());
    }

    @Test
    void meanAndIntervalOfOneSample() {
        double[] ci = Statistics.meanCi(new double[] {1, 2, 3});
        // sd 1, t(0.975, 2) = 4.3027, half = 4.3027 / sqrt(3) = 2.4841
        assertThat(ci[0]).isEqualTo(2.0);
        assertThat(ci[1]).isCloseTo(2 - 2.4841, within(1e-3));
        assertThat(ci[2]).isCloseTo(2 + 2.4841, within(1e-3));
    }
}
