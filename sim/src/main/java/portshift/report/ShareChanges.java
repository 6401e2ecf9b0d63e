package portshift.report;

import java.awt.Color;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.style.Styler;
import portshift.analysis.InterventionWindow;
import portshift.analysis.Statistics;
import portshift.model.PortMeasure;
import portshift.observe.PortMonth;

/**
 * Which ports gained and which lost after an intervention: the change in each European port's share
 * of the kg sent to Europe, the 12 months from the intervention's month against the 12 months before
 * (fewer where the run starts or ends within them, as the title says), mean over replications with its
 * 95% CI, gains and losses in two colours, largest gain first.
 */
final class ShareChanges {
    /** A port's change in share, in percentage points, and its 95% CI. */
    record Change(String port, double mean, double low, double high) {
    }

    /** The months of the runs within the windows before and from the intervention: {before, after}. */
    static int[] months(Map<Integer, List<PortMonth>> runs, InterventionWindow w) {
        List<java.util.Set<String>> sides = List.of(new java.util.TreeSet<>(), new java.util.TreeSet<>());
        for (List<PortMonth> run : runs.values()) {
            for (PortMonth m : run) {
                int side = w.side(m.yearMonth());
                if (side >= 0) {
                    sides.get(side).add(m.month());
                }
            }
        }
        return new int[] {sides.get(0).size(), sides.get(1).size()};
    }

    private ShareChanges() {
    }

    /** Per port, the change in share of each replication's European flow, sorted from the largest gain. */
    static List<Change> changes(Map<Integer, List<PortMonth>> runs, InterventionWindow w) {
        Map<String, double[]> perPort = new LinkedHashMap<>();
        int n = runs.size();
        int r = 0;
        for (List<PortMonth> run : runs.values()) {
            Map<String, double[]> kg = new LinkedHashMap<>();
            double[] total = new double[2];
            for (PortMonth m : run) {
                int side = w.side(m.yearMonth());
                if (side < 0 || !"EUROPE".equals(m.region())) {
                    continue;
                }
                kg.computeIfAbsent(m.port(), k -> new double[2])[side] += m.get(PortMeasure.ATTEMPTED_KG);
                total[side] += m.get(PortMeasure.ATTEMPTED_KG);
            }
            for (Map.Entry<String, double[]> e : kg.entrySet()) {
                double before = total[0] > 0 ? e.getValue()[0] / total[0] : 0;
                double after = total[1] > 0 ? e.getValue()[1] / total[1] : 0;
                perPort.computeIfAbsent(e.getKey(), k -> new double[n])[r] = 100 * (after - before);
            }
            r++;
        }
        List<Change> out = new ArrayList<>();
        perPort.forEach((port, values) -> {
            double[] ci = Statistics.meanCi(values);
            out.add(new Change(port, ci[0], ci[1], ci[2]));
        });
        out.sort(Comparator.comparingDouble(Change::mean).reversed().thenComparing(Change::port));
        return out;
    }

    /** Whether the runs have months on both sides of the intervention, which a panel needs. */
    static boolean drawable(Map<Integer, List<PortMonth>> runs, InterventionWindow w) {
        int[] months = months(runs, w);
        return months[0] > 0 && months[1] > 0;
    }

    /** One scale for panels drawn side by side: from the lowest end of any interval to the highest, with 0. */
    static double[] scale(java.util.Collection<List<Change>> panels) {
        double low = 0;
        double high = 0;
        for (List<Change> changes : panels) {
            for (Change c : changes) {
                for (double v : new double[] {c.mean(), c.low(), c.high()}) {
                    if (Double.isFinite(v)) {
                        low = Math.min(low, v);
                        high = Math.max(high, v);
                    }
                }
            }
        }
        double margin = 0.05 * Math.max(high - low, 1e-9);
        return new double[] {low - margin, high + margin};
    }

    /** The panel of one scenario's changes, on the given scale (see {@link #scale}), ports by their names. */
    static Figure.Panel panel(String scenario, Map<Integer, List<PortMonth>> runs, InterventionWindow w,
                              List<Change> changes, double[] scale, Scenes scenes) {
        int[] months = months(runs, w);
        CategoryChart chart = new CategoryChartBuilder().width(900).height(650)
                .title(String.format(java.util.Locale.ROOT, "%s: share gained or lost from %s (%d months against the "
                        + "%d before)", scenario, w.month(), months[1], months[0]))
                .xAxisTitle("European port")
                .yAxisTitle("change in share of kg sent to Europe [points]").build();
        chart.getStyler().setOverlapped(true);
        chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideS);
        chart.getStyler().setLegendLayout(Styler.LegendLayout.Horizontal);
        chart.getStyler().setXAxisLabelRotation(90);
        chart.getStyler().setXAxisLabelAlignmentVertical(org.knowm.xchart.style.AxesChartStyler.TextAlignment.Right);
        chart.getStyler().setChartBackgroundColor(Color.WHITE);
        chart.getStyler().setSeriesColors(new Color[] {Palette.GAINED, Palette.LOST});
        chart.getStyler().setErrorBarsColor(Color.DARK_GRAY);
        chart.getStyler().setYAxisMin(scale[0]);
        chart.getStyler().setYAxisMax(scale[1]);
        List<String> ports = new ArrayList<>();
        List<Double> gains = new ArrayList<>();
        List<Double> losses = new ArrayList<>();
        List<Double> gainErrors = new ArrayList<>();
        List<Double> lossErrors = new ArrayList<>();
        for (Change c : changes) {
            ports.add(scenes.name(c.port()));
            double half = Double.isFinite(c.high()) ? (c.high() - c.low()) / 2 : 0;
            gains.add(c.mean() > 0 ? c.mean() : 0);
            gainErrors.add(c.mean() > 0 ? half : 0);
            losses.add(c.mean() > 0 ? 0 : c.mean());
            lossErrors.add(c.mean() > 0 ? 0 : half);
        }
        chart.addSeries("gained share", ports, gains, gainErrors);
        chart.addSeries("lost share", ports, losses, lossErrors);
        return Figure.panel(chart);
    }
}
