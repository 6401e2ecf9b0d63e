package portshift.experiment;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import portshift.analysis.Comparison;
import portshift.analysis.Metric;
import portshift.analysis.Statistics;

/** summary.csv of a batch: per variant and outcome, the mean and its 95% confidence interval. */
public final class SummaryFile {
    public static final List<String> COLUMNS = List.of("scenario", "metric", "unit", "n", "mean", "ci95_low", "ci95_high");

    private SummaryFile() {
    }

    public static String render(Map<String, List<Map<Metric, Double>>> outcomes) {
        Csv csv = new Csv().header(COLUMNS);
        for (Map.Entry<String, List<Map<Metric, Double>>> e : outcomes.entrySet()) {
            Set<Metric> metrics = new LinkedHashSet<>();
            e.getValue().forEach(m -> metrics.addAll(m.keySet()));
            for (Metric metric : metrics) {
                double[] x = Comparison.values(e.getValue(), metric);
                if (x.length > 0) {
                    double[] ci = Statistics.meanCi(x);
                    csv.row(e.getKey(), metric.name(), metric.unit(), x.length, ci[0], ci[1], ci[2]);
                }
            }
        }
        return csv.toString();
    }
}
