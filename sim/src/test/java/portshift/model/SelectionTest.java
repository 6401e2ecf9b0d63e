package portshift.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class SelectionTest {

    @Test
    void capacityIsSpreadInProportionToWeight() {
        double[] p = Selection.probabilities(30, new double[] {100, 100}, new double[] {1, 2});
        assertThat(p[0]).isCloseTo(0.1, within(1e-12));
        assertThat(p[1]).isCloseTo(0.2, within(1e-12));
    }

    @Test
    void aClassThatWouldPass100PercentIsScreenedWholeAndTheRestGoesToOthers() {
        // 10 risk containers with weight 100 would take 100 * 10 / (90 + 1000) of 50... > 1 each
        double[] p = Selection.probabilities(50, new double[] {90, 10}, new double[] {1, 100});
        assertThat(p[1]).isEqualTo(1.0);
        assertThat(p[0]).isCloseTo(40.0 / 90, within(1e-12));
    }

    @Test
    void screenedContainersNeverExceedCapacityOrFlow() {
        double[] flows = {500, 40, 7, 3};
        double[] weights = {1, 9, 3, 27};
        for (double capacity : new double[] {0, 1, 10, 60, 300, 549, 550, 10_000}) {
            double[] p = Selection.probabilities(capacity, flows, weights);
            double screened = 0;
            for (int k = 0; k < p.length; k++) {
                assertThat(p[k]).isBetween(0.0, 1.0);
                screened += p[k] * flows[k];
            }
            assertThat(screened).isCloseTo(Math.min(capacity, 550), within(1e-9));
        }
    }
}
