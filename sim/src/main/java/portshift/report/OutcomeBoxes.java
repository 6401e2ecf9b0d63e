package portshift.report;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.knowm.xchart.BoxChart;
import org.knowm.xchart.BoxChartBuilder;

import portshift.analysis.Comparison;
import portshift.analysis.RunMetrics;

/** The spread of the main outcomes over replications, as box plots, one panel per outcome. */
final class OutcomeBoxes {
    static final List<String> MAIN = List.of("delivered_europe_t_per_year", "seized_europe_t_per_year",
            "seized_upstream_t_per_year", "interception_rate", "weak_link_leakage", "legit_delay_khours_per_year");

    private OutcomeBoxes() {
    }

    static BufferedImage panels(Map<String, List<Map<String, Double>>> outcomes, List<String> scenarios) {
        List<BufferedImage> panels = new ArrayList<>();
        for (String metric : MAIN) {
            BoxChart chart = new BoxChartBuilder().width(600).height(450)
                    .title(ComparisonTable.label(metric)).yAxisTitle(ComparisonTable.label(metric) + " [" + RunMetrics.unit(metric) + "]")
                    .build();
            chart.getStyler().setChartBackgroundColor(java.awt.Color.WHITE);
            chart.getStyler().setSeriesColors(Figures.PALETTE);
            chart.getStyler().setLegendVisible(false);
            for (String s : scenarios) {
                double[] values = Comparison.values(outcomes.getOrDefault(s, List.of()), metric);
                if (values.length > 0) {
                    chart.addSeries(s, values);
                }
            }
            panels.add(Figures.image(chart));
        }
        return Figures.grid(panels, 3);
    }
}
