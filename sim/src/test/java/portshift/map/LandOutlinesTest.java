package portshift.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The decoded land outlines, and their cut to the map's area. */
class LandOutlinesTest {
    @Test
    void noRingJumpsAcrossTheWorldAtTheAntimeridian() {
        List<LandPolygon> land = LandOutlines.polygons();
        assertThat(land).hasSizeGreaterThan(1000);
        for (LandPolygon polygon : land) {
            for (double[][] ring : polygon.rings()) {
                assertThat(ring.length).isGreaterThanOrEqualTo(3);
                for (int k = 1; k < ring.length; k++) {
                    assertThat(Math.abs(ring[k][0] - ring[k - 1][0])).isLessThanOrEqualTo(180);
                }
            }
        }
    }

    @Test
    void aRingIsCutAlongTheEdgesOfTheArea() {
        MapArea area = new MapArea(0, 10, 0, 10);
        double[][] square = {{-5, 2}, {5, 2}, {5, 8}, {-5, 8}};
        assertThat(area.clip(square)).isDeepEqualTo(new double[][] {{0, 2}, {5, 2}, {5, 8}, {0, 8}});
        assertThat(area.clip(new double[][] {{20, 20}, {30, 20}, {30, 30}})).isEmpty();
    }
}
