package portshift.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.knowm.xchart.AnnotationLine;
import org.knowm.xchart.AnnotationText;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;
import portshift.analysis.Statistics;
import portshift.model.PortMeasure;
import portshift.observe.PortMonth;

/**
 * Kilograms delivered to Europe per month: the mean over replications and its 95% band, per scenario, with the warm-up
 * shaded and the dates of the interventions marked. Two scenarios share one chart, its legend beside the plot; more
 * are drawn as small multiples on one scale, one panel each titled by its swept values, so that thirty variants stay
 * readable.
 */
final class OverTimeChart {
    /** Up to this many scenarios share one chart. */
    static final int TOGETHER = 4;
    private static final String WARMUP = "warm-up (not in the yearly figures)";
    private static final BasicStroke DASHED = new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
            new float[] {6f, 4f}, 0f);

    /** One scenario's monthly mean and the 95% band, its low end cut at 0 t (a quantity, never below). */
    private record Band(List<Double> mean, List<Double> low, List<Double> high) {
    }

    private OverTimeChart() {
    }

    static Figure delivered(SeriesByScenario data, Scenes scenes) {
        List<String> scenarios = scenes.scenarios();
        List<String> months = data.months();
        List<Double> x = months.stream().map(m -> Scenes.x(YearMonth.parse(m))).toList();
        List<Band> bands = scenarios.stream().map(s -> band(data, s, months)).toList();
        double top = 0;
        for (Band b : bands) {
            for (int i = 0; i < months.size(); i++) {
                top = Math.max(top, Math.max(b.mean().get(i), Double.isFinite(b.high().get(i)) ? b.high().get(i) : 0));
            }
        }
        top = top > 0 ? top * 1.12 : 1;
        List<String> caption = marksCaption(scenes);
        if (scenarios.size() <= TOGETHER) {
            XYChart chart = chart(1400, 650, "Cocaine delivered to European ports, per month (mean and 95% band over "
                    + "replications)", months, top, scenes, true);
            chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideE);
            for (int s = 0; s < scenarios.size(); s++) {
                draw(chart, scenarios.get(s), x, bands.get(s), scenes.scenarioColour(scenarios.get(s)), true);
            }
            return Figure.of(chart).captioned(caption);
        }
        List<Figure.Panel> panels = new ArrayList<>();
        for (int s = 0; s < scenarios.size(); s++) {
            XYChart chart = chart(520, 300, scenes.label(scenarios.get(s)), months, top, scenes, false);
            chart.setYAxisTitle("t/month");
            chart.getStyler().setLegendVisible(false);
            chart.getStyler().setChartTitleFont(chart.getStyler().getChartTitleFont().deriveFont(11f));
            draw(chart, scenarios.get(s), x, bands.get(s), Color.BLACK, false);
            panels.add(Figure.panel(chart));
        }
        List<String> lines = new ArrayList<>();
        lines.add("Cocaine delivered to European ports [t/month], one panel per variant, all on one scale: the mean over "
                + "replications (line) and its 95% band (dashed), cut at 0 t.");
        lines.addAll(caption);
        return Figure.grid(panels, 5).captioned(lines);
    }

    private static XYChart chart(int width, int height, String title, List<String> months, double top, Scenes scenes,
                                 boolean numbered) {
        XYChart chart = new XYChartBuilder().width(width).height(height).title(title)
                .xAxisTitle("year").yAxisTitle("delivered to Europe [t/month]").build();
        chart.getStyler().setXAxisDecimalPattern("0");
        chart.getStyler().setChartBackgroundColor(Color.WHITE);
        chart.getStyler().setPlotGridLinesVisible(true);
        chart.getStyler().setYAxisMin(0.0);
        chart.getStyler().setYAxisMax(top);
        if (!months.isEmpty()) {
            chart.getStyler().setXAxisMin((double) YearMonth.parse(months.get(0)).getYear());
            chart.getStyler().setXAxisMax((double) YearMonth.parse(months.get(months.size() - 1)).getYear() + 1);
        }
        if (scenes.warmupEnd() != null && scenes.warmupEnd().isAfter(scenes.start())) {
            XYSeries warm = chart.addSeries(WARMUP, List.of(Scenes.x(scenes.start()), Scenes.x(scenes.warmupEnd())),
                    List.of(top, top));
            warm.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Area);
            warm.setMarker(SeriesMarkers.NONE);
            warm.setLineColor(Palette.translucent(Palette.MARKS, 45));
            warm.setFillColor(Palette.translucent(Palette.MARKS, 45));
        }
        chart.getStyler().setAnnotationLineColor(Palette.MARKS);
        chart.getStyler().setAnnotationLineStroke(new BasicStroke(1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER,
                10f, new float[] {2f, 3f}, 0f));
        chart.getStyler().setAnnotationTextFontColor(Color.BLACK);
        chart.getStyler().setAnnotationTextFont(new java.awt.Font(java.awt.Font.SANS_SERIF, java.awt.Font.BOLD, 13));
        List<Scenes.Dated> dated = scenes.interventions();
        for (int i = 0; i < dated.size(); i++) {
            double at = Scenes.x(dated.get(i).date());
            chart.addAnnotation(new AnnotationLine(at, true, false));
            if (numbered) {
                // staggered, so that the numbers of interventions days apart do not overlap
                chart.addAnnotation(new AnnotationText(Integer.toString(i + 1), at, top * (0.975 - 0.04 * (i % 3)), false));
            }
        }
        return chart;
    }

    private static Band band(SeriesByScenario data, String scenario, List<String> months) {
        Map<Integer, List<PortMonth>> runs = data.runs(scenario);
        List<Double> mean = new ArrayList<>();
        List<Double> low = new ArrayList<>();
        List<Double> high = new ArrayList<>();
        for (String month : months) {
            double[] perRun = runs.values().stream().mapToDouble(run -> run.stream()
                    .filter(m -> m.month().equals(month) && "EUROPE".equals(m.region()))
                    .mapToDouble(m -> m.get(PortMeasure.DELIVERED_KG)).sum() / 1000).toArray();
            double[] ci = Statistics.meanCi(perRun);
            mean.add(ci[0]);
            low.add(Math.max(0, ci[1]));
            high.add(ci[2]);
        }
        return new Band(mean, low, high);
    }

    private static void draw(XYChart chart, String scenario, List<Double> x, Band band, Color color, boolean legend) {
        XYSeries m = chart.addSeries(scenario + " (mean)", x, band.mean());
        m.setMarker(SeriesMarkers.NONE);
        m.setLineColor(color);
        m.setLineStyle(new BasicStroke(legend ? 2.5f : 1.8f));
        if (band.low().stream().noneMatch(Double::isFinite)) {
            return;
        }
        for (List<Double> bound : List.of(band.low(), band.high())) {
            XYSeries b = chart.addSeries(scenario + (bound == band.low() ? " (95% band)" : " (95% band, upper)"), x, bound);
            b.setMarker(SeriesMarkers.NONE);
            b.setLineColor(color);
            b.setLineStyle(DASHED);
            b.setShowInLegend(bound == band.low());
        }
    }

    /** The lines under the chart: the warm-up and each intervention's number, date, name and scenarios. */
    private static List<String> marksCaption(Scenes scenes) {
        List<String> out = new ArrayList<>();
        if (scenes.warmupEnd() != null) {
            out.add(String.format(Locale.ROOT, "Shaded: the warm-up, %s to %s, left out of the yearly figures. Dotted "
                    + "lines: the dated interventions%s", scenes.start(), scenes.warmupEnd().minusDays(1),
                    scenes.interventions().isEmpty() ? " (none)." : ":"));
        }
        List<Scenes.Dated> dated = scenes.interventions();
        for (int i = 0; i < dated.size(); i++) {
            Scenes.Dated d = dated.get(i);
            out.add(String.format(Locale.ROOT, "  %d  %s  %s (%s)", i + 1, d.date(), d.label(), scenes.holders(d)));
        }
        return out;
    }
}
