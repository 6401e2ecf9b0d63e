package portshift.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;

/** The text of what a figure draws: every series' values, numbers written the same way on every JDK. */
class ChartDataTest {
    @Test
    void numbersHaveTwelveSignificantDigitsWrittenTheSameOnEveryJdk() {
        assertThat(ChartData.number(0.1)).isEqualTo("0.1");
        assertThat(ChartData.number(1946.708788)).isEqualTo("1946.708788");
        assertThat(ChartData.number(0.1 + 0.2)).isEqualTo("0.3");
        assertThat(ChartData.number(2.0 / 3)).isEqualTo("0.666666666667");
        assertThat(ChartData.number(2300)).isEqualTo("2300");
        assertThat(ChartData.number(0)).isEqualTo("0");
        assertThat(ChartData.number(-1.5e-9)).isEqualTo("-1.5E-9");
        assertThat(ChartData.number(Double.NaN)).isEqualTo("NaN");
        // Double.toString gives 1.9999999999999998E23 before Java 19, 2.0E23 after
        assertThat(ChartData.number(2.0e23)).isEqualTo("200000000000000000000000");
    }

    @Test
    void aChartIsDescribedByItsTitlesAndEverySeriesInOrder() {
        XYChart xy = new XYChartBuilder().width(300).height(200).title("t").xAxisTitle("x").yAxisTitle("y").build();
        xy.addSeries("b", new double[] {1, 2}, new double[] {0.5, 0.25});
        xy.addSeries("a", new double[] {3}, new double[] {4});
        assertThat(ChartData.of(xy)).isEqualTo("chart XYChart 300x200\ntitle: t\nx axis: x\ny axis: y\n"
                + "series: b\n  x: 1 | 2\n  y: 0.5 | 0.25\nseries: a\n  x: 3\n  y: 4\n");
    }

    @Test
    void errorBarsAndPanelsOfAGridAreDescribed() {
        CategoryChart bars = new CategoryChartBuilder().width(300).height(200).title("bars").build();
        bars.addSeries("s", List.of("ANTWERP", "ROTTERDAM"), List.of(1.0, 2.0), List.of(0.1, 0.2));
        String data = Figure.grid(List.of(Figure.panel(bars), Figure.panel(bars)), 2).data();
        assertThat(data).startsWith("grid of 2 panels, 2 per row\n\npanel 1\nchart CategoryChart 300x200\n")
                .contains("  x: ANTWERP | ROTTERDAM\n  y: 1 | 2\n  extra: 0.1 | 0.2\n").contains("\npanel 2\n");
    }
}
