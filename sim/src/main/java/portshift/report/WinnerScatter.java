package portshift.report;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;

import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

import portshift.analysis.Outcome;

/** The points over the two most influential uncertainties, coloured by which policy does best there. */
final class WinnerScatter {
    private WinnerScatter() {
    }

    /**
     * x and y: the points' values of the two uncertainties, named by their labels; best[i]: the index of the best policy at point i, or -1
     * for a tie or no value.
     */
    static XYChart chart(Outcome outcome, List<String> policies, String xPath, double[] x, String yPath, double[] y,
                         int[] best) {
        XYChart chart = new XYChartBuilder().width(800).height(650)
                .title("Which policy does best on " + outcome.label() + " at each point")
                .xAxisTitle(xPath).yAxisTitle(yPath).build();
        chart.getStyler().setChartBackgroundColor(Color.WHITE);
        chart.getStyler().setDefaultSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        chart.getStyler().setMarkerSize(7);
        chart.getStyler().setLegendPosition(org.knowm.xchart.style.Styler.LegendPosition.OutsideS);
        for (int p = -1; p < policies.size(); p++) {
            List<Double> xs = new ArrayList<>();
            List<Double> ys = new ArrayList<>();
            for (int i = 0; i < best.length; i++) {
                if (best[i] == p) {
                    xs.add(x[i]);
                    ys.add(y[i]);
                }
            }
            if (xs.isEmpty()) {
                continue;
            }
            String name = (p < 0 ? "tie" : policies.get(p) + " best") + " (" + xs.size() + " points)";
            XYSeries s = chart.addSeries(name, xs, ys);
            s.setMarker(SeriesMarkers.CIRCLE);
            s.setMarkerColor(p < 0 ? Color.GRAY : Palette.scenario(p, policies.size()));
        }
        return chart;
    }
}
