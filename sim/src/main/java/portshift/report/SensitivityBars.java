package portshift.report;

import java.awt.Color;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;

import portshift.analysis.Outcome;
import portshift.explore.SensitivityRow;

/**
 * Sensitivity of a policy difference to each uncertainty, as bars with their 95% intervals: Sobol first-order and
 * total indices, Morris's mu*, or rank correlations, one panel per outcome, uncertainties in order of influence.
 */
final class SensitivityBars {
    private static final Map<String, String> SHOWN = new LinkedHashMap<>();

    static {
        SHOWN.put("first_order", "first-order Sobol index");
        SHOWN.put("total_order", "total Sobol index");
        SHOWN.put("mu_star", "Morris mu*");
        SHOWN.put("rank_correlation", "Spearman rank correlation");
    }

    private SensitivityBars() {
    }

    /** One panel per outcome, of the rows of the difference {@code of}; ranked[o] orders that outcome's uncertainties. */
    static Figure panels(List<Outcome> outcomes, String of, List<SensitivityRow> rows, List<String> paths,
                         List<List<Integer>> ranked) {
        List<Figure.Panel> panels = new ArrayList<>();
        for (int o = 0; o < outcomes.size(); o++) {
            panels.add(Figure.panel(panel(outcomes.get(o), of, rows, paths, ranked.get(o))));
        }
        return Figure.grid(panels, 1);
    }

    private static CategoryChart panel(Outcome outcome, String of, List<SensitivityRow> rows, List<String> paths,
                                       List<Integer> order) {
        boolean sobol = rows.stream().anyMatch(r -> r.measure().name().equals("total_order"));
        boolean rank = rows.stream().anyMatch(r -> r.measure().name().equals("rank_correlation"));
        String unit = sobol ? "share of variance" : rank ? "rank correlation with the difference"
                : outcome.unit() + " per whole range";
        CategoryChart chart = new CategoryChartBuilder().width(1400).height(750)
                .title(outcome.label() + ": " + of).yAxisTitle(unit).build();
        chart.getStyler().setChartBackgroundColor(Color.WHITE);
        chart.getStyler().setSeriesColors(Palette.SCENARIOS.toArray(new java.awt.Color[0]));
        chart.getStyler().setXAxisLabelRotation(35);
        chart.getStyler().setLegendPosition(org.knowm.xchart.style.Styler.LegendPosition.InsideNE);
        chart.getStyler().setErrorBarsColor(Color.BLACK);
        chart.getStyler().setErrorBarsColorSeriesColor(false);
        if (sobol) {
            // indices are shares of variance; intervals from few rows can run far past them
            chart.getStyler().setYAxisMin(-0.25).setYAxisMax(1.25);
        } else if (rank) {
            chart.getStyler().setYAxisMin(-1.0).setYAxisMax(1.0);
        }
        List<String> labels = order.stream().map(paths::get).toList();
        for (Map.Entry<String, String> measure : SHOWN.entrySet()) {
            List<Double> value = new ArrayList<>();
            List<Double> error = new ArrayList<>();
            for (int j : order) {
                SensitivityRow r = rows.stream().filter(x -> x.outcome() == outcome && x.of().equals(of)
                        && x.measure().uncertainty() == j && x.measure().name().equals(measure.getKey()))
                        .findFirst().orElse(null);
                if (r != null) {
                    value.add(Figures.orZero(r.measure().value()));
                    error.add(Figures.orZero((r.measure().high() - r.measure().low()) / 2));
                }
            }
            if (value.size() == labels.size() && !value.isEmpty()) {
                chart.addSeries(measure.getValue() + " (95% CI)", labels, value, error);
            }
        }
        return chart;
    }
}
