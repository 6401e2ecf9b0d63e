package portshift.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.knowm.xchart.AnnotationLine;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

import portshift.analysis.Outcome;

/**
 * How each policy's difference from the first is spread over the points of an exploration: one histogram panel per
 * main outcome, with a line at 0 (no difference).
 */
final class DifferenceHistograms {
    private static final int BINS = 20;

    private DifferenceHistograms() {
    }

    /** differences[o][p][i]: policy p + 1's mean minus the first policy's at point i, in outcome o. */
    static Figure panels(List<Outcome> outcomes, List<String> policies, double[][][] differences) {
        List<Figure.Panel> panels = new ArrayList<>();
        for (int o = 0; o < outcomes.size(); o++) {
            panels.add(Figure.panel(panel(outcomes.get(o), policies, differences[o])));
        }
        return Figure.grid(panels, 3);
    }

    private static XYChart panel(Outcome outcome, List<String> policies, double[][] differences) {
        String first = policies.get(0);
        XYChart chart = new XYChartBuilder().width(600).height(450).title(outcome.label() + ": policy minus " + first)
                .xAxisTitle("difference [" + outcome.unit() + "]").yAxisTitle("points").build();
        chart.getStyler().setChartBackgroundColor(Color.WHITE);
        chart.getStyler().setLegendPosition(org.knowm.xchart.style.Styler.LegendPosition.InsideNW);
        chart.getStyler().setxAxisTickLabelsFormattingFunction(v -> String.format(Locale.ROOT, "%.3g", v));
        chart.getStyler().setYAxisDecimalPattern("0");
        double[] all = Arrays.stream(differences).flatMapToDouble(Arrays::stream).filter(Double::isFinite).toArray();
        double min = Math.min(0, Arrays.stream(all).min().orElse(0));
        double max = Math.max(0, Arrays.stream(all).max().orElse(0));
        double width = max > min ? (max - min) / BINS : 1;
        for (int p = 0; p < differences.length; p++) {
            double[] d = Arrays.stream(differences[p]).filter(Double::isFinite).toArray();
            if (d.length == 0) {
                continue;
            }
            long below = Arrays.stream(d).filter(v -> v < 0).count();
            String name = String.format(Locale.ROOT, "%s (below 0 at %.0f%% of %d points)", policies.get(p + 1),
                    100.0 * below / d.length, d.length);
            XYSeries s = chart.addSeries(name, outlineX(min, width), outlineY(d, min, width));
            s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Area);
            s.setMarker(SeriesMarkers.NONE);
            Color c = Palette.scenario(p + 1, differences.length + 1);
            s.setLineColor(c);
            s.setFillColor(new Color(c.getRed(), c.getGreen(), c.getBlue(), 110));
        }
        chart.getStyler().setAnnotationLineColor(Color.DARK_GRAY);
        chart.getStyler().setAnnotationLineStroke(new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10,
                new float[] {6, 4}, 0));
        chart.addAnnotation(new AnnotationLine(0, true, false));
        return chart;
    }

    /** The bars' outline from the first bin's left edge to the last's right edge, as x coordinates. */
    private static double[] outlineX(double min, double width) {
        double[] x = new double[2 * BINS + 2];
        x[0] = min;
        for (int b = 0; b < BINS; b++) {
            x[1 + 2 * b] = min + b * width;
            x[2 + 2 * b] = min + (b + 1) * width;
        }
        x[x.length - 1] = min + BINS * width;
        return x;
    }

    /** The bars' heights along that outline: the points in each bin, 0 at both ends. */
    private static double[] outlineY(double[] d, double min, double width) {
        int[] counts = new int[BINS];
        for (double v : d) {
            counts[Math.max(0, Math.min(BINS - 1, (int) Math.floor((v - min) / width)))]++;
        }
        double[] y = new double[2 * BINS + 2];
        for (int b = 0; b < BINS; b++) {
            y[1 + 2 * b] = counts[b];
            y[2 + 2 * b] = counts[b];
        }
        return y;
    }
}
