package portshift.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.commons.math3.stat.inference.TTest;
import org.junit.jupiter.api.Test;

/**
 * Paired comparisons on hand-made samples whose answers are known. The p-values quoted were computed with SciPy 1.10
 * (scipy.stats.ttest_rel, wilcoxon) or, for tied ranks, by enumerating every sign pattern.
 */
class StatisticsTest {
    private static final Metric ANY = Metric.of(Outcome.MEAN_LOAD);
    /** Per replication, what the seed does to both scenarios alike: it dwarfs the effect. */
    private static final double[] NOISE = {10, -20, 30, -5, 15, -25, 0, 5};
    /** B - A per replication: 1 on average, with a little noise of its own. */
    private static final double[] EFFECT = {1.1, 0.9, 1.0, 1.2, 0.8, 1.0, 1.1, 0.9};

    private static double[] plus(double[] x, double[] y) {
        double[] out = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            out[i] = x[i] + y[i];
        }
        return out;
    }

    @Test
    void sharedNoiseHidesTheEffectFromIndependentSamplesButNotFromThePairs() {
        double[] a = NOISE;
        double[] b = plus(NOISE, EFFECT);
        // as independent samples (Welch) the shared noise swamps the effect: p = 0.913
        assertThat(new TTest().tTest(a, b)).isCloseTo(0.9134, within(1e-4));
        MetricComparison c = Statistics.compare(ANY, a, b);
        // paired: d = 1.0, sd 0.130931, t = 21.6025 on 7 df, p = 1.1485e-7; CI 1 -/+ 2.364624 x 0.046291
        assertThat(c.meanDifference()).isCloseTo(1.0, within(1e-12));
        assertThat(c.ciLow()).isCloseTo(0.8905392, within(1e-6));
        assertThat(c.ciHigh()).isCloseTo(1.1094608, within(1e-6));
        assertThat(c.difference().pPairedT()).isCloseTo(1.148502e-7, within(1e-12));
        assertThat(c.difference().pPairedT()).isCloseTo(new TTest().pairedTTest(a, b), within(1e-12));
        // every difference positive: the signed-rank p is 2 / 2^8 whatever the ties
        assertThat(c.difference().pSignedRank()).isCloseTo(0.0078125, within(1e-12));
        assertThat(c.difference().test()).isEqualTo(PairedDifference.Test.PAIRED_T);
        assertThat(c.p()).isEqualTo(c.difference().pPairedT());
        assertThat(c.significant()).isTrue();
        assertThat(c.difference().effectSizeDz()).isCloseTo(1.0 / 0.1309307, within(1e-5));
        // Hedges' g between groups sees the noise: a tiny effect
        assertThat(c.hedgesG()).isBetween(0.0, 0.1);
    }

    @Test
    void skewedDifferencesAreJudgedByTheSignedRankTest() {
        double[] a = NOISE;
        double[] b = plus(NOISE, new double[] {0.1, 0.2, 0.1, 0.3, 0.2, 0.1, 0.2, 5.0});
        MetricComparison c = Statistics.compare(ANY, a, b);
        // skewness G1 of the differences 2.819 > 1; the t-test would say p = 0.2404, the signed-rank test 0.0078
        assertThat(c.difference().skewed()).isTrue();
        assertThat(c.difference().test()).isEqualTo(PairedDifference.Test.SIGNED_RANK);
        assertThat(c.difference().pPairedT()).isCloseTo(0.240353, within(1e-6));
        assertThat(c.p()).isCloseTo(0.0078125, within(1e-12));
        assertThat(c.significant()).isTrue();
    }

    @Test
    void theSameDifferenceInEveryPairIsFixedWithNoTest() {
        MetricComparison c = Statistics.compare(ANY, new double[] {25403.1, 25410.7, 25399.2},
                new double[] {24801.8, 24809.4, 24797.9});
        assertThat(c.fixed()).isTrue();
        assertThat(c.meanDifference()).isCloseTo(-601.3, within(1e-9));
        assertThat(c.ciLow()).isEqualTo(c.meanDifference());
        assertThat(c.ciHigh()).isEqualTo(c.meanDifference());
        assertThat(c.p()).isNaN();
        assertThat(c.difference().pPairedT()).isNaN();
        assertThat(c.difference().effectSizeDz()).isNaN();
        assertThat(c.significant()).isFalse();
        MetricComparison same = Statistics.compare(ANY, new double[] {1, 2, 3, 4}, new double[] {1, 2, 3, 4});
        assertThat(same.fixed()).isTrue();
        assertThat(same.meanDifference()).isZero();
        assertThat(same.significant()).isFalse();
    }

    @Test
    void signedRankPValuesAgreeWithScipyAndWithEveryPattern() {
        double tolerance = 1e-12;
        // no ties, mixed signs, n = 10: exact, scipy.stats.wilcoxon(method="exact") 0.130859375
        assertThat(SignedRank.p(new double[] {1.5, -0.3, 2.7, 0.8, -1.1, 3.4, 0.6, -2.2, 1.9, 4.1}, tolerance))
                .isCloseTo(0.130859375, within(1e-12));
        // ties and a zero, n = 11 after the zero: every one of the 2^11 sign patterns counted gives 0.16015625
        assertThat(SignedRank.p(new double[] {1, 1, 2, -2, 3, 3, 3, -1, 4, 5, -5, 0}, tolerance))
                .isCloseTo(0.16015625, within(1e-12));
        // 58 non-zero of 60, many ties: normal approximation with tie and continuity corrections,
        // scipy.stats.wilcoxon(method="approx", correction=True) 0.0248757
        double[] many = new double[60];
        for (int i = 1; i <= 60; i++) {
            many[i - 1] = (i * 37) % 23 - 9;
        }
        assertThat(SignedRank.p(many, tolerance)).isCloseTo(0.02487575, within(1e-7));
        assertThat(SignedRank.p(new double[] {0, 0, 0}, tolerance)).isEqualTo(1.0);
    }

    private static RunOutcomes run(int replication, long seed, double value) {
        return new RunOutcomes(replication, seed, Map.of(ANY, value));
    }

    @Test
    void runsArePairedByReplicationNotByTheirPlaceInTheList() {
        // A's replication r is 10 r, B's is 10 r + 1, listed in another order: paired right, B - A is 1 every time
        List<RunOutcomes> a = List.of(run(0, 1, 0), run(1, 2, 10), run(2, 3, 20), run(3, 4, 30));
        List<RunOutcomes> b = List.of(run(3, 4, 31), run(1, 2, 11), run(0, 1, 1), run(2, 3, 21));
        MetricComparison c = Comparison.of(a, b).get(0);
        assertThat(c.pairs()).isEqualTo(4);
        assertThat(c.fixed()).isTrue();
        assertThat(c.meanDifference()).isEqualTo(1.0);
    }

    @Test
    void aReplicationWithoutAValueOnOneSideLeavesThePairOut() {
        List<RunOutcomes> a = List.of(run(0, 1, 0), run(1, 2, 10), run(2, 3, Double.NaN), run(3, 4, 30));
        List<RunOutcomes> b = List.of(run(0, 1, 2), run(1, 2, 11), run(2, 3, 500), run(3, 4, 33));
        MetricComparison c = Comparison.of(a, b).get(0);
        assertThat(c.pairs()).isEqualTo(3);
        assertThat(c.meanA()).isCloseTo(40 / 3.0, within(1e-12));
        assertThat(c.meanB()).isCloseTo(46 / 3.0, within(1e-12));
        assertThat(c.meanDifference()).isCloseTo(2, within(1e-12));
    }

    @Test
    void runsThatDoNotPairUpAreRefused() {
        List<RunOutcomes> a = List.of(run(0, 1, 0), run(1, 2, 10), run(2, 3, 20));
        assertThatThrownBy(() -> Comparison.of(a, List.of(run(0, 1, 0), run(1, 2, 10))))
                .hasMessage("cannot pair the runs: replication 2 of A has no run of B");
        assertThatThrownBy(() -> Comparison.of(a, List.of(run(0, 1, 0), run(1, 2, 10), run(2, 9, 20))))
                .hasMessage("cannot pair the runs: replication 2 ran with seed 3 in A and 9 in B");
        List<RunOutcomes> twice = new ArrayList<>(a);
        twice.add(run(1, 2, 10));
        assertThatThrownBy(() -> Comparison.of(twice, a))
                .hasMessage("cannot pair the runs: replication 1 of A appears twice");
    }

    @Test
    void anOutcomeOfOneScenarioAloneHasItsMeanAndNoComparison() {
        Metric wdq = new Metric(Outcome.WDQ, "crackdown");
        List<RunOutcomes> a = List.of(new RunOutcomes(0, 1, Map.of(ANY, 1.0, wdq, -0.5)),
                new RunOutcomes(1, 2, Map.of(ANY, 2.0, wdq, -0.7)));
        List<RunOutcomes> b = List.of(run(0, 1, 1.5), run(1, 2, 2.0));
        // Map.of has no fixed order, so the comparison is found by its metric
        MetricComparison c = Comparison.of(a, b).stream().filter(m -> m.metric().equals(wdq)).findFirst().orElseThrow();
        assertThat(c.compared()).isFalse();
        assertThat(c.meanA()).isCloseTo(-0.6, within(1e-12));
        assertThat(c.meanB()).isNaN();
        assertThat(c.significant()).isFalse();
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
