package portshift.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The hand-drawn box plots: quartiles, whiskers and an axis from 0, on values where the answer is known. */
class BoxPanelTest {
    @Test
    void quartilesInterpolateAndWhiskersStopAtOneAndAHalfBoxes() {
        // 1..8 and 30: quartiles 3 and 7 (numpy's default), median 5; 30 lies beyond 7 + 1.5 * 4 = 13
        BoxPanel.Box b = BoxPanel.Box.of(new double[] {30, 1, 2, 3, 4, 5, 6, 7, 8});
        assertThat(b).isEqualTo(new BoxPanel.Box(1, 3, 5, 7, 8));
        assertThat(BoxPanel.Box.of(new double[] {Double.NaN})).isNull();
    }

    @Test
    void theAxisStartsAtZeroSoThatASmallDifferenceLooksSmall() {
        BoxPanel p = new BoxPanel("delivered", "t/year", List.of(new BoxPanel.Row("A", Color.BLUE, new double[] {1900, 1910}),
                new BoxPanel.Row("B", Color.RED, new double[] {1925, 1935})));
        assertThat(p.range()[0]).isZero();
        assertThat(p.range()[1]).isGreaterThanOrEqualTo(1935).isLessThan(2500);
        assertThat(p.data()).contains("x axis: t/year, from 0 to ").contains("row: A | 1900 | 1902.5 | 1905 | 1907.5 | 1910\n"
                + "  values: 1900 | 1910\n");
        BoxPanel below = new BoxPanel("wdq", "quotient", List.of(new BoxPanel.Row("A", Color.BLUE, new double[] {-0.4, 0.2})));
        assertThat(below.range()[0]).isLessThanOrEqualTo(-0.4);
    }
}
