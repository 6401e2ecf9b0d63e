package portshift.explore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import org.junit.jupiter.api.Test;

import portshift.analysis.Outcome;

/** Best shares and regret on hand-made means, where the answer is known. */
class RobustnessTest {
    // tonnes delivered (lower is better) by two policies at five points
    private static final double[][] DELIVERED = {
            {100, 200, 300, 400, 500},
            {110, 190, 280, 430, 500}};

    @Test
    void aPolicyIsBestWhereItsMeanIsTheBestAndTiesCountForBoth() {
        Robustness.Row a = Robustness.row(Outcome.DELIVERED_EUROPE, "A", DELIVERED, 0);
        Robustness.Row b = Robustness.row(Outcome.DELIVERED_EUROPE, "B", DELIVERED, 1);
        assertThat(a.points()).isEqualTo(5);
        assertThat(a.bestShare()).isEqualTo(0.6);   // points 0, 3 and the tie at 4
        assertThat(b.bestShare()).isEqualTo(0.6);   // points 1, 2 and the tie at 4
        assertThat(a.bestLow()).isLessThan(0.6);
        assertThat(a.bestHigh()).isGreaterThan(0.6).isLessThanOrEqualTo(1);
    }

    @Test
    void regretIsTheDistanceToTheBestPolicyAtEachPoint() {
        Robustness.Row a = Robustness.row(Outcome.DELIVERED_EUROPE, "A", DELIVERED, 0);
        Robustness.Row b = Robustness.row(Outcome.DELIVERED_EUROPE, "B", DELIVERED, 1);
        // A: 0, 10, 20, 0, 0; B: 10, 0, 0, 30, 0
        assertThat(a.regretMean()).isCloseTo(6, offset(1e-9));
        assertThat(b.regretMean()).isCloseTo(8, offset(1e-9));
        assertThat(b.regretP90()).isGreaterThan(10).isLessThanOrEqualTo(30);
    }

    @Test
    void forAnOutcomeWhereMoreIsBetterTheHigherMeanWins() {
        Robustness.Row a = Robustness.row(Outcome.SEIZED_EUROPE, "A", DELIVERED, 0);
        assertThat(a.bestShare()).isEqualTo(0.6);   // points 1, 2 and the tie at 4
        assertThat(a.regretMean()).isCloseTo(8, offset(1e-9));
    }
}
