package portshift.report;

import java.awt.BasicStroke;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;
import portshift.analysis.Statistics;
import portshift.model.PortMeasure;
import portshift.observe.PortMonth;

/** Kilograms delivered to Europe per month: the mean over replications and its 95% band, per scenario. */
final class OverTimeChart {
    private OverTimeChart() {
    }

    static Figure delivered(SeriesByScenario data, List<String> scenarios) {
        XYChart chart = new XYChartBuilder().width(1200).height(650)
                .title("Cocaine delivered to European ports, per month (mean and 95% band over replications)")
                .xAxisTitle("year").yAxisTitle("delivered to Europe [t/month]").build();
        Styler.LegendPosition legend = Styler.LegendPosition.InsideNW;
        chart.getStyler().setLegendPosition(legend);
        chart.getStyler().setXAxisDecimalPattern("0");
        chart.getStyler().setChartBackgroundColor(java.awt.Color.WHITE);
        chart.getStyler().setPlotGridLinesVisible(true);
        List<String> months = data.months();
        List<Double> x = new ArrayList<>();
        for (String m : months) {
            YearMonth ym = YearMonth.parse(m);
            x.add(ym.getYear() + (ym.getMonthValue() - 0.5) / 12);
        }
        if (!months.isEmpty()) {
            chart.getStyler().setXAxisMin((double) YearMonth.parse(months.get(0)).getYear());
            chart.getStyler().setXAxisMax((double) YearMonth.parse(months.get(months.size() - 1)).getYear() + 1);
        }
        for (int s = 0; s < scenarios.size(); s++) {
            Map<Integer, List<PortMonth>> runs = data.runs(scenarios.get(s));
            List<Double> mean = new ArrayList<>();
            List<Double> low = new ArrayList<>();
            List<Double> high = new ArrayList<>();
            for (String month : months) {
                double[] perRun = runs.values().stream().mapToDouble(run -> run.stream()
                        .filter(m -> m.month().equals(month) && "EUROPE".equals(m.region()))
                        .mapToDouble(m -> m.get(PortMeasure.DELIVERED_KG)).sum() / 1000).toArray();
                double[] ci = Statistics.meanCi(perRun);
                mean.add(ci[0]);
                low.add(ci[1]);
                high.add(ci[2]);
            }
            java.awt.Color color = Figures.PALETTE[s % Figures.PALETTE.length];
            XYSeries m = chart.addSeries(scenarios.get(s) + " (mean)", x, mean);
            m.setMarker(SeriesMarkers.NONE);
            m.setLineColor(color);
            m.setLineStyle(new BasicStroke(2.5f));
            for (List<Double> bound : List.of(low, high)) {
                XYSeries b = chart.addSeries(scenarios.get(s) + (bound == low ? " (95% band)" : " (95% band, upper)"), x, bound);
                b.setMarker(SeriesMarkers.NONE);
                b.setLineColor(color);
                b.setLineStyle(new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f));
                b.setShowInLegend(bound == low);
            }
        }
        return Figure.of(chart);
    }
}
