package portshift.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.knowm.xchart.BoxChart;
import org.knowm.xchart.BoxChartBuilder;

import portshift.analysis.Comparison;
import portshift.analysis.Metric;
import portshift.analysis.Outcome;

/** The spread of the main outcomes over replications, as box plots, one panel per outcome. */
final class OutcomeBoxes {
    /** The panels, in the order drawn: flows and interception first, then what they cost. */
    static final List<Outcome> MAIN = List.of(Outcome.DELIVERED_EUROPE, Outcome.SEIZED_EUROPE, Outcome.SEIZED_UPSTREAM,
            Outcome.INTERCEPTION_RATE, Outcome.FRANCE_SPAIN_SHARE, Outcome.LEGIT_DELAY);

    private OutcomeBoxes() {
    }

    static Figure panels(Map<String, List<Map<Metric, Double>>> outcomes, List<String> scenarios) {
        List<Figure.Panel> panels = new ArrayList<>();
        for (Outcome outcome : MAIN) {
            Metric metric = Metric.of(outcome);
            BoxChart chart = new BoxChartBuilder().width(600).height(450)
                    .title(outcome.label()).yAxisTitle(outcome.label() + " [" + outcome.unit() + "]").build();
            chart.getStyler().setChartBackgroundColor(java.awt.Color.WHITE);
            chart.getStyler().setSeriesColors(Figures.PALETTE);
            chart.getStyler().setLegendVisible(false);
            for (String s : scenarios) {
                double[] values = Comparison.values(outcomes.getOrDefault(s, List.of()), metric);
                if (values.length > 0) {
                    chart.addSeries(s, values);
                }
            }
            panels.add(Figure.panel(chart));
        }
        return Figure.grid(panels, 3);
    }
}
