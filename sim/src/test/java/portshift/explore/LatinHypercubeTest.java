package portshift.explore;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

class LatinHypercubeTest {
    @Test
    void everyStratumOfEveryDimensionHoldsExactlyOnePoint() {
        int n = 50;
        double[][] x = LatinHypercube.sample(n, 4, 7);
        for (int j = 0; j < 4; j++) {
            Set<Integer> strata = new HashSet<>();
            for (double[] point : x) {
                assertThat(point[j]).isGreaterThanOrEqualTo(0).isLessThan(1);
                strata.add((int) Math.floor(point[j] * n));
            }
            assertThat(strata).as("dimension %d", j).hasSize(n);
        }
    }

    @Test
    void theSameSeedGivesTheSamePointsAndAnotherSeedOthers() {
        assertThat(LatinHypercube.sample(20, 3, 5)).isDeepEqualTo(LatinHypercube.sample(20, 3, 5));
        assertThat(java.util.Arrays.deepEquals(LatinHypercube.sample(20, 3, 5), LatinHypercube.sample(20, 3, 6))).isFalse();
    }

    @Test
    void dimensionsAreNotPairedStratumForStratum() {
        double[][] x = LatinHypercube.sample(40, 2, 3);
        int same = 0;
        for (double[] point : x) {
            if ((int) (point[0] * 40) == (int) (point[1] * 40)) {
                same++;
            }
        }
        assertThat(same).as("points on the diagonal of strata").isLessThan(10);
    }
}
