package portshift.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.util.List;

import org.junit.jupiter.api.Test;
import portshift.scenario.Dimension;

/** ranges.csv on hand-worked worlds: the share of a declared range the worlds span, on the range's own scale. */
class MatchFilesTest {
    private static PointFit world(double... values) {
        return new PointFit(values, List.of(), new double[0], new double[0]);
    }

    @Test
    void theShareOfTheDeclaredRangeIsOnTheScaleTheRangeIsSampledOn() {
        Dimension log = new Dimension("officers", List.of("a"), false, 1, 100, false, true, "assumption");
        Dimension even = new Dimension("supply", List.of("b"), false, 0, 10, false, false, "assumption");
        MatchFiles files = new MatchFiles(List.of(log, even), List.of());
        List<String> lines = files.ranges(List.of(world(100, 2), world(10, 7), world(31.6, 4))).lines().toList();
        assertThat(lines.get(0)).endsWith(",worlds_low,worlds_p05,worlds_p95,worlds_high,share_of_declared_range");
        String[] officers = lines.get(1).split(",");
        String[] supply = lines.get(2).split(",");
        assertThat(officers[4] + " to " + officers[7]).isEqualTo("10 to 100");
        // 10 to 100 is half of 1 to 100 in the logarithm, though nine tenths of it in the units
        assertThat(Double.parseDouble(officers[8])).isCloseTo(0.5, offset(1e-9));
        assertThat(Double.parseDouble(supply[8])).isCloseTo(0.5, offset(1e-9));
    }
}
