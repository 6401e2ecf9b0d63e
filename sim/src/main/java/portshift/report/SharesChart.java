package portshift.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.style.Styler;
import portshift.analysis.InterventionWindow;
import portshift.model.PortMeasure;
import portshift.observe.PortMonth;

/**
 * The share of flow by destination port over time, stacked, one panel per scenario; below, for each
 * scenario with an intervention on European ports, the ports that gained and lost share after it.
 */
final class SharesChart {
    private static final int SHOWN = 8;

    private SharesChart() {
    }

    static Figure panels(SeriesByScenario data, Scenes scenes) {
        List<String> scenarios = scenes.scenarios();
        List<String> top = topPorts(data, scenarios.get(0));
        List<Figure.Panel> panels = new ArrayList<>();
        for (String s : scenarios) {
            panels.add(panel(data, s, top, scenes));
        }
        Map<String, InterventionWindow> interventions = scenes.firstOnEurope();
        Map<String, List<ShareChanges.Change>> changes = new LinkedHashMap<>();
        for (String s : scenarios) {
            InterventionWindow w = interventions.get(s);
            if (w != null && ShareChanges.drawable(data.runs(s), w)) {
                changes.put(s, ShareChanges.changes(data.runs(s), w));
            }
        }
        double[] scale = ShareChanges.scale(changes.values());
        List<String> caption = new ArrayList<>();
        changes.forEach((s, c) -> {
            panels.add(ShareChanges.panel(s, data.runs(s), interventions.get(s), c, scale, scenes));
            caption.add(s + ", from " + interventions.get(s).month() + ": " + interventions.get(s).label());
        });
        if (!caption.isEmpty()) {
            caption.add(0, "Below, each scenario's first intervention on European ports, the 12 months from it against "
                    + "the 12 before (the two panels share one scale):");
        }
        return Figure.grid(panels, scenarios.size()).captioned(caption);
    }

    private static Figure.Panel panel(SeriesByScenario data, String scenario, List<String> top, Scenes scenes) {
        Map<String, Map<String, Double>> byQuarter = new LinkedHashMap<>();
        for (List<PortMonth> run : data.runs(scenario).values()) {
            for (PortMonth m : run) {
                if ("EUROPE".equals(m.region())) {
                    String quarter = quarter(m.month());
                    String port = top.contains(m.port()) ? m.port() : "other ports";
                    byQuarter.computeIfAbsent(quarter, k -> new LinkedHashMap<>()).merge(port, m.get(PortMeasure.ATTEMPTED_KG), Double::sum);
                }
            }
        }
        List<String> quarters = new ArrayList<>(byQuarter.keySet());
        quarters.sort(String::compareTo);
        CategoryChart chart = new CategoryChartBuilder().width(900).height(650)
                .title(scenario + ": share of cocaine sent to each European port")
                .xAxisTitle("quarter").yAxisTitle("share of kg sent to Europe [%]").build();
        chart.getStyler().setStacked(true);
        chart.getStyler().setOverlapped(false);
        chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideE);
        chart.getStyler().setXAxisLabelRotation(90);
        chart.getStyler().setChartBackgroundColor(java.awt.Color.WHITE);
        chart.getStyler().setAvailableSpaceFill(0.95);
        chart.getStyler().setYAxisMax(100.0);
        List<String> series = new ArrayList<>(top);
        series.add("other ports");
        chart.getStyler().setSeriesColors(series.stream().map(p -> top.contains(p) ? scenes.colour(p)
                : Palette.OTHER_PORTS).toArray(java.awt.Color[]::new));
        for (String port : series) {
            List<Double> share = new ArrayList<>();
            for (String q : quarters) {
                Map<String, Double> kg = byQuarter.get(q);
                double total = kg.values().stream().mapToDouble(Double::doubleValue).sum();
                share.add(total > 0 ? 100 * kg.getOrDefault(port, 0.0) / total : 0);
            }
            chart.addSeries(top.contains(port) ? scenes.name(port) : port, quarters, share);
        }
        return Figure.panel(chart);
    }

    private static String quarter(String month) {
        int m = Integer.parseInt(month.substring(5, 7));
        return month.substring(0, 4) + "Q" + ((m - 1) / 3 + 1);
    }

    /** The ports with most kilograms sent in a scenario, at most {@link #SHOWN}. */
    private static List<String> topPorts(SeriesByScenario data, String scenario) {
        Map<String, Double> kg = new LinkedHashMap<>();
        for (List<PortMonth> run : data.runs(scenario).values()) {
            for (PortMonth m : run) {
                if ("EUROPE".equals(m.region())) {
                    kg.merge(m.port(), m.get(PortMeasure.ATTEMPTED_KG), Double::sum);
                }
            }
        }
        return kg.entrySet().stream().sorted((x, y) -> {
            int c = Double.compare(y.getValue(), x.getValue());
            return c != 0 ? c : x.getKey().compareTo(y.getKey());
        }).limit(SHOWN).map(Map.Entry::getKey).toList();
    }
}
