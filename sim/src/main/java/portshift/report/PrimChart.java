package portshift.report;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

import portshift.explore.Discovery;
import portshift.explore.Prim;

/**
 * The PRIM trajectory: each box's coverage against its density, peeling and pasting apart, the box pasting began from
 * and the reported box (the pasted box without the bounds the points do not support) marked.
 */
final class PrimChart {
    private PrimChart() {
    }

    static XYChart chart(Discovery d, String cases) {
        XYChart chart = new XYChartBuilder().width(1000).height(650).title("PRIM: points where " + cases)
                .xAxisTitle("coverage (cases in the box / all cases)").yAxisTitle("density (cases in the box / points in it)")
                .build();
        chart.getStyler().setChartBackgroundColor(Color.WHITE);
        chart.getStyler().setXAxisMin(0.0).setXAxisMax(1.0).setYAxisMin(0.0).setYAxisMax(1.0);
        chart.getStyler().setXAxisDecimalPattern("0.0").setYAxisDecimalPattern("0.0");
        chart.getStyler().setLegendPosition(org.knowm.xchart.style.Styler.LegendPosition.InsideSW);
        List<Prim.Box> peeled = d.trajectory().stream().filter(b -> b.phase() == Prim.Phase.PEEL).toList();
        XYSeries path = chart.addSeries("peeling, from the whole space (right) inwards", coverage(peeled), density(peeled));
        path.setLineColor(Palette.SCENARIOS.get(0));
        path.setMarkerColor(Palette.SCENARIOS.get(0));
        path.setMarker(SeriesMarkers.CIRCLE);
        List<Prim.Box> pasted = new ArrayList<>(List.of(d.start()));
        d.trajectory().stream().filter(b -> b.phase() == Prim.Phase.PASTE).forEach(pasted::add);
        if (pasted.size() > 1) {
            XYSeries paste = chart.addSeries("pasting, from the densest box with half the cases", coverage(pasted),
                    density(pasted));
            paste.setLineColor(Palette.SCENARIOS.get(2));
            paste.setMarkerColor(Palette.SCENARIOS.get(2));
            paste.setMarker(SeriesMarkers.SQUARE);
        }
        Prim.Box reported = d.reported();
        XYSeries mark = chart.addSeries(String.format(Locale.ROOT, "reported box (unsupported bounds dropped): "
                        + "%d points, coverage %.2f, density %.2f", reported.points(), reported.coverage(),
                reported.density()), coverage(List.of(reported)), density(List.of(reported)));
        mark.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        mark.setMarker(SeriesMarkers.DIAMOND);
        mark.setMarkerColor(Palette.SCENARIOS.get(1));
        return chart;
    }

    private static double[] coverage(List<Prim.Box> boxes) {
        return boxes.stream().mapToDouble(b -> Figures.orZero(b.coverage())).toArray();
    }

    private static double[] density(List<Prim.Box> boxes) {
        return boxes.stream().mapToDouble(b -> Figures.orZero(b.density())).toArray();
    }
}
