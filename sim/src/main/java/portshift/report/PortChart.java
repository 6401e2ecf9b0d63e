package portshift.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.style.Styler;

import portshift.analysis.Statistics;
import portshift.observe.PortMonth;
import portshift.observe.PortYears;

/** Seizures per European port, A against B: mean tonnes a year with 95% intervals. */
final class PortChart {
    private PortChart() {
    }

    static Figure seizures(SeriesByScenario data, Scenes scenes) {
        String a = scenes.scenarios().get(0);
        String b = scenes.scenarios().get(1);
        List<String> ports = new ArrayList<>(data.europeanPorts());
        Map<String, double[]> ciA = perPort(data, a, ports);
        Map<String, double[]> ciB = perPort(data, b, ports);
        ports.sort(Comparator.comparingDouble((String p) -> -ciA.get(p)[0]).thenComparing(p -> p));
        CategoryChart chart = new CategoryChartBuilder().width(1400).height(650)
                .title("Seizures per European port (mean over replications, 95% interval), after the warm-up")
                .xAxisTitle("port").yAxisTitle("seized [t/year]").build();
        chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideE);
        chart.getStyler().setXAxisLabelRotation(40);
        chart.getStyler().setChartBackgroundColor(java.awt.Color.WHITE);
        chart.getStyler().setErrorBarsColor(java.awt.Color.DARK_GRAY);
        chart.getStyler().setSeriesColors(new java.awt.Color[] {scenes.scenarioColour(a), scenes.scenarioColour(b)});
        List<String> names = ports.stream().map(scenes::name).toList();
        for (String s : List.of(a, b)) {
            Map<String, double[]> ci = s.equals(a) ? ciA : ciB;
            List<Double> mean = new ArrayList<>();
            List<Double> half = new ArrayList<>();
            for (String p : ports) {
                mean.add(ci.get(p)[0]);
                half.add((ci.get(p)[2] - ci.get(p)[1]) / 2);
            }
            chart.addSeries(s, names, mean, half);
        }
        return Figure.of(chart);
    }

    /** Per port: mean and 95% interval of seized tonnes a year over the reported months. */
    private static Map<String, double[]> perPort(SeriesByScenario data, String scenario, List<String> ports) {
        Map<String, double[]> out = new java.util.HashMap<>();
        Map<Integer, List<PortMonth>> runs = data.runs(scenario);
        List<Map<String, Double>> perRun = runs.values().stream().map(PortYears::seizedTonnesInEurope).toList();
        for (String p : ports) {
            double[] values = perRun.stream().mapToDouble(m -> m.getOrDefault(p, 0.0)).toArray();
            out.put(p, values.length == 0 ? new double[3] : Statistics.meanCi(values));
        }
        return out;
    }
}
