package portshift.report;

import java.awt.Color;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

import portshift.analysis.Statistics;
import portshift.evidence.Target;
import portshift.history.PointFit;
import portshift.history.Wave;
import portshift.scenario.Dimension;
import portshift.scenario.PathLabel;
import portshift.scenario.TargetKind;

/**
 * The figures of a history match, as users of history-matching tools know them: for pairs of the uncertainties the
 * worlds constrain most, the minimum implausibility (the best a cell of the pair's plane can do, whatever the other
 * uncertainties) and the optical depth (the share of the worlds run in the cell that are kept), over every world of
 * every wave; and each target's model figure over the kept worlds against what was reported.
 */
public final class MatchFigures {
    /** The uncertainties paired: those whose kept worlds span the smallest share of their declared range. */
    static final int PAIRED = 4;
    static final int CELLS = 10;
    /** Implausibility classes, their upper ends, and their colours (the last is everything above). */
    private static final double[] CLASS_TOPS = {1, 2, 3, 5};
    private static final Color[] CLASS_COLOURS = {new Color(0, 104, 55), new Color(120, 198, 121),
        new Color(217, 240, 163), new Color(253, 174, 97), new Color(215, 48, 39)};

    private MatchFigures() {
    }

    public static void write(Path dir, List<Dimension> dimensions, List<Target> targets, List<Wave> waves,
                             List<PointFit> worlds, double cutoff) {
        List<Integer> paired = constrained(dimensions, worlds);
        List<Figure.Panel> least = new ArrayList<>();
        List<Figure.Panel> depth = new ArrayList<>();
        for (int a = 0; a < paired.size(); a++) {
            for (int b = a + 1; b < paired.size(); b++) {
                least.add(Figure.panel(pair(dimensions, waves, paired.get(a), paired.get(b), true, cutoff)));
                depth.add(Figure.panel(pair(dimensions, waves, paired.get(a), paired.get(b), false, cutoff)));
            }
        }
        if (!least.isEmpty()) {
            Figures.save(dir, "minimum_implausibility.png", Figure.grid(least, 3));
            Figures.save(dir, "optical_depth.png", Figure.grid(depth, 3));
        }
        Figures.save(dir, "targets.png", Figure.of(targets(targets, worlds)));
    }

    /** The uncertainties whose kept worlds span the smallest share of their declared ranges, at most {@value #PAIRED}. */
    static List<Integer> constrained(List<Dimension> dimensions, List<PointFit> worlds) {
        List<Integer> order = new ArrayList<>();
        double[] span = new double[dimensions.size()];
        for (int j = 0; j < dimensions.size(); j++) {
            order.add(j);
            double lo = Double.POSITIVE_INFINITY;
            double hi = Double.NEGATIVE_INFINITY;
            for (PointFit w : worlds) {
                lo = Math.min(lo, dimensions.get(j).shareOf(w.values()[j]));
                hi = Math.max(hi, dimensions.get(j).shareOf(w.values()[j]));
            }
            span[j] = worlds.isEmpty() ? 1 : hi - lo;
        }
        order.sort(Comparator.comparingDouble((Integer j) -> span[j]).thenComparingInt(j -> j));
        return order.subList(0, Math.min(PAIRED, order.size()));
    }

    /** One pair's plane in cells: the least implausibility of the worlds in each cell, or the share kept there. */
    private static XYChart pair(List<Dimension> dims, List<Wave> waves, int x, int y, boolean leastImplausible,
                                double cutoff) {
        double[][] value = new double[CELLS][CELLS];
        int[][] runs = new int[CELLS][CELLS];
        int[][] kept = new int[CELLS][CELLS];
        for (double[] row : value) {
            java.util.Arrays.fill(row, Double.POSITIVE_INFINITY);
        }
        for (Wave w : waves) {
            for (int i = 0; i < w.points(); i++) {
                int cx = cell(w.shares()[i][x]);
                int cy = cell(w.shares()[i][y]);
                runs[cx][cy]++;
                kept[cx][cy] += w.kept()[i] ? 1 : 0;
                double judged = 0;
                for (double v : w.fits().get(i).implausibility()) {
                    judged = Math.max(judged, v);
                }
                value[cx][cy] = Math.min(value[cx][cy], judged);
            }
        }
        Dimension dx = dims.get(x);
        Dimension dy = dims.get(y);
        XYChart chart = new XYChartBuilder().width(560).height(480)
                .title(leastImplausible ? "Least implausibility in each cell" : "Share of the worlds run kept (optical depth)")
                .xAxisTitle(PathLabel.of(dx.name(), java.util.Map.of()))
                .yAxisTitle(PathLabel.of(dy.name(), java.util.Map.of())).build();
        chart.getStyler().setChartBackgroundColor(Color.WHITE);
        chart.getStyler().setDefaultSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        chart.getStyler().setMarkerSize(36);
        chart.getStyler().setLegendPosition(org.knowm.xchart.style.Styler.LegendPosition.OutsideS);
        int classes = leastImplausible ? CLASS_COLOURS.length : 5;
        for (int c = 0; c < classes; c++) {
            List<Double> xs = new ArrayList<>();
            List<Double> ys = new ArrayList<>();
            for (int a = 0; a < CELLS; a++) {
                for (int b = 0; b < CELLS; b++) {
                    if (runs[a][b] == 0) {
                        continue;
                    }
                    int k = leastImplausible ? implausibilityClass(value[a][b])
                            : Math.min(4, (int) Math.floor(5.0 * kept[a][b] / runs[a][b]));
                    if (k == c) {
                        xs.add(dx.within((a + 0.5) / CELLS));
                        ys.add(dy.within((b + 0.5) / CELLS));
                    }
                }
            }
            if (xs.isEmpty()) {
                continue;
            }
            XYSeries s = chart.addSeries(leastImplausible ? implausibilityLabel(c, cutoff) : depthLabel(c), xs, ys);
            s.setMarker(SeriesMarkers.SQUARE);
            s.setMarkerColor(leastImplausible ? CLASS_COLOURS[c] : CLASS_COLOURS[4 - c]);
        }
        return chart;
    }

    private static int cell(double share) {
        return Math.max(0, Math.min(CELLS - 1, (int) Math.floor(share * CELLS)));
    }

    private static int implausibilityClass(double v) {
        for (int c = 0; c < CLASS_TOPS.length; c++) {
            if (v <= CLASS_TOPS[c]) {
                return c;
            }
        }
        return CLASS_TOPS.length;
    }

    private static String implausibilityLabel(int c, double cutoff) {
        String range = c == 0 ? "I <= 1" : c < CLASS_TOPS.length ? String.format(Locale.ROOT, "%g < I <= %g",
                CLASS_TOPS[c - 1], CLASS_TOPS[c]) : String.format(Locale.ROOT, "I > %g", CLASS_TOPS[c - 1]);
        return range + (c < CLASS_TOPS.length && CLASS_TOPS[c] <= cutoff ? " (kept)" : "");
    }

    private static String depthLabel(int c) {
        return c == 4 ? "80-100% kept" : String.format(Locale.ROOT, "%d-%d%% kept", 20 * c, 20 * c + 20);
    }

    /**
     * Each target's model figure over the kept worlds, as a ratio to what it is judged against (the reported figure,
     * the range's top, the figure a rank needs): the median, and the middle 90% as a bar; 1 is the report.
     */
    private static XYChart targets(List<Target> targets, List<PointFit> worlds) {
        XYChart chart = new XYChartBuilder().width(1000).height(560)
                .title("The targets over the kept worlds (" + worlds.size() + "): model / reported")
                .xAxisTitle("target (fit.csv, in its order)").yAxisTitle("model / reported, median and middle 90%").build();
        chart.getStyler().setChartBackgroundColor(Color.WHITE);
        chart.getStyler().setLegendPosition(org.knowm.xchart.style.Styler.LegendPosition.OutsideS);
        List<Double> x = new ArrayList<>();
        List<Double> median = new ArrayList<>();
        List<Double> spread = new ArrayList<>();
        for (int t = 0; t < targets.size() && !worlds.isEmpty(); t++) {
            double[] r = new double[worlds.size()];
            for (int i = 0; i < r.length; i++) {
                var f = worlds.get(i).fits().get(t);
                Target target = f.target();
                double ref = target.kind() == TargetKind.POINT ? target.value()
                        : target.kind() == TargetKind.RANK ? f.reference() : target.high();
                r[i] = ref > 0 ? f.model() / ref : Double.NaN;
            }
            double[] finite = java.util.Arrays.stream(r).filter(Double::isFinite).sorted().toArray();
            if (finite.length == 0) {
                continue;
            }
            double lo = Statistics.quantile(finite, 0.05);
            double hi = Statistics.quantile(finite, 0.95);
            x.add(t + 1.0);
            median.add(Statistics.quantile(finite, 0.5));
            spread.add(Math.max(hi - Statistics.quantile(finite, 0.5), Statistics.quantile(finite, 0.5) - lo));
        }
        if (x.isEmpty()) {
            x.add(0.0);
            median.add(1.0);
            spread.add(0.0);
        }
        XYSeries s = chart.addSeries("model over the kept worlds", x, median, spread);
        s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        s.setMarker(SeriesMarkers.DIAMOND);
        s.setMarkerColor(Palette.SCENARIOS.get(0));
        XYSeries one = chart.addSeries("reported", List.of(0.5, targets.size() + 0.5), List.of(1.0, 1.0));
        one.setMarker(SeriesMarkers.NONE);
        one.setLineColor(Color.DARK_GRAY);
        return chart;
    }
}
