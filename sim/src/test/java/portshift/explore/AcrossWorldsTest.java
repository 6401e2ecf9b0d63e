package portshift.explore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

import portshift.analysis.Outcome;

/** A policy against the first over worlds, on hand-made means where the answer is known. */
class AcrossWorldsTest {
    @Test
    void theWorldsArePairsAndTheShareCountsWhereThePolicyDoesBetter() {
        // tonnes delivered (lower is better) in five worlds; B delivers 10, 20, 30, 40 less and 50 more
        double[] a = {100, 200, 300, 400, 500};
        double[] b = {90, 180, 270, 360, 550};
        AcrossWorlds r = AcrossWorlds.of(Outcome.DELIVERED_EUROPE, "B", "A", a, b);
        assertThat(r.worlds()).isEqualTo(5);
        assertThat(r.difference().mean()).isCloseTo(-10, within(1e-9));
        // differences -10 -20 -30 -40 +50: sd 35.355, t(4) 2.7764: half-width 43.90
        assertThat(r.difference().ciLow()).isCloseTo(-53.90, within(0.01));
        assertThat(r.difference().ciHigh()).isCloseTo(33.90, within(0.01));
        assertThat(r.clearsZero()).isFalse();
        assertThat(r.better()[0]).isEqualTo(0.8);
        assertThat(r.versusMean()).isEqualTo(300);
        assertThat(r.policyMean()).isEqualTo(290);
        AcrossWorlds seized = AcrossWorlds.of(Outcome.SEIZED_EUROPE, "B", "A", a, b);
        assertThat(seized.better()[0]).as("more is better for seizures").isEqualTo(0.2);
    }

    @Test
    void aWorldWithoutAValueIsLeftOutAndFewerThanTwoGiveNoRow() {
        double[] a = {100, Double.NaN, 300};
        double[] b = {90, 10, 280};
        assertThat(AcrossWorlds.of(Outcome.DELIVERED_EUROPE, "B", "A", a, b).worlds()).isEqualTo(2);
        assertThat(AcrossWorlds.of(Outcome.DELIVERED_EUROPE, "B", "A", new double[] {1, Double.NaN},
                new double[] {2, 3})).isNull();
    }
}
