package portshift.report;

import java.awt.Color;
import java.util.List;
import java.util.Locale;

import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

import portshift.explore.Prim;

/** The PRIM peeling trajectory: each box's coverage against its density, the chosen box marked. */
final class PrimChart {
    private PrimChart() {
    }

    static XYChart chart(List<Prim.Box> trajectory, String cases) {
        XYChart chart = new XYChartBuilder().width(1000).height(650).title("PRIM peeling: points where " + cases)
                .xAxisTitle("coverage (cases in the box / all cases)").yAxisTitle("density (cases in the box / points in it)")
                .build();
        chart.getStyler().setChartBackgroundColor(Color.WHITE);
        chart.getStyler().setXAxisMin(0.0).setXAxisMax(1.0).setYAxisMin(0.0).setYAxisMax(1.0);
        chart.getStyler().setXAxisDecimalPattern("0.0").setYAxisDecimalPattern("0.0");
        chart.getStyler().setLegendPosition(org.knowm.xchart.style.Styler.LegendPosition.InsideSW);
        double[] coverage = trajectory.stream().mapToDouble(b -> Figures.orZero(b.coverage())).toArray();
        double[] density = trajectory.stream().mapToDouble(b -> Figures.orZero(b.density())).toArray();
        XYSeries path = chart.addSeries("boxes, peeled from the whole space (right) inwards", coverage, density);
        path.setLineColor(Figures.PALETTE[0]);
        path.setMarkerColor(Figures.PALETTE[0]);
        path.setMarker(SeriesMarkers.CIRCLE);
        Prim.Box chosen = Prim.chosen(trajectory);
        XYSeries mark = chart.addSeries(String.format(Locale.ROOT, "chosen box: step %d, coverage %.2f, density %.2f",
                chosen.step(), chosen.coverage(), chosen.density()), new double[] {Figures.orZero(chosen.coverage())},
                new double[] {Figures.orZero(chosen.density())});
        mark.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        mark.setMarker(SeriesMarkers.DIAMOND);
        mark.setMarkerColor(Figures.PALETTE[1]);
        return chart;
    }
}
