package portshift.report;

import java.awt.Color;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

import portshift.optimize.Allocation;
import portshift.optimize.Evaluation;
import portshift.optimize.Objective;

/** The figures of an optimization: where the best allocation and the baselines put the effort, and the Pareto front. */
public final class AllocationCharts {
    private AllocationCharts() {
    }

    /** figures/allocations.png: scanners and officers added per port, the optimum beside each baseline. */
    public static void write(Path dir, Allocation best, Map<String, Allocation> baselines) {
        List<Figure.Panel> panels = new ArrayList<>();
        panels.add(panel("scanners added", best, baselines, true));
        panels.add(panel("officers added", best, baselines, false));
        Figures.save(dir, "allocations.png", Figure.grid(panels, 2));
    }

    private static Figure.Panel panel(String title, Allocation best, Map<String, Allocation> baselines,
                                      boolean scanners) {
        CategoryChart chart = new CategoryChartBuilder().width(900).height(600).title(title + " per port")
                .xAxisTitle("candidate port").yAxisTitle(title).build();
        chart.getStyler().setLegendPosition(Styler.LegendPosition.InsideNE);
        chart.getStyler().setXAxisLabelRotation(90);
        chart.getStyler().setChartBackgroundColor(Color.WHITE);
        chart.getStyler().setSeriesColors(Palette.SCENARIOS.toArray(new java.awt.Color[0]));
        chart.addSeries("optimum", best.ports(), counts(best, scanners));
        baselines.forEach((name, a) -> chart.addSeries(name, a.ports(), counts(a, scanners)));
        return Figure.panel(chart);
    }

    private static List<Integer> counts(Allocation a, boolean scanners) {
        List<Integer> out = new ArrayList<>();
        for (int c : scanners ? a.scanners() : a.officers()) {
            out.add(c);
        }
        return out;
    }

    /** figures/pareto.png: the allocations of the whole budget evaluated, the objective against the delay, the front joined. */
    public static void pareto(Path dir, List<Evaluation> all, List<Evaluation> front, Objective objective) {
        XYChart chart = new XYChartBuilder().width(900).height(650)
                .title("Trade-off: " + objective.outcome().label() + " against delay to legal trade")
                .xAxisTitle("delay to legal trade [k container-h/year]")
                .yAxisTitle(objective.outcome().label() + (Double.isNaN(objective.quantile()) ? "" : String.format(
                        java.util.Locale.ROOT, ", %.0f%% worst-case quantile over the points", 100 * objective.quantile()))
                        + " [" + objective.outcome().unit() + "]").build();
        chart.getStyler().setChartBackgroundColor(Color.WHITE);
        chart.getStyler().setLegendPosition(Styler.LegendPosition.InsideNE);
        XYSeries dots = chart.addSeries("allocations of the whole budget evaluated", all.stream().map(Evaluation::meanDelay).toList(),
                all.stream().map(e -> e.value(objective)).toList());
        dots.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        dots.setMarkerColor(new Color(150, 150, 150));
        dots.setMarker(SeriesMarkers.CIRCLE);
        XYSeries line = chart.addSeries("Pareto front", front.stream().map(Evaluation::meanDelay).toList(),
                front.stream().map(e -> e.value(objective)).toList());
        line.setLineColor(Palette.SCENARIOS.get(1));
        line.setMarkerColor(Palette.SCENARIOS.get(1));
        Figures.save(dir, "pareto.png", Figure.of(chart));
    }
}
