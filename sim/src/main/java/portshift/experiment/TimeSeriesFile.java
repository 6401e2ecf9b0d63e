package portshift.experiment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import portshift.analysis.Statistics;
import portshift.model.PortMeasure;

/**
 * timeseries.csv: per scenario and month, tonnes delivered to and seized in Europe, as the mean over
 * replications with its 95% confidence interval: the series behind delivered_over_time.png.
 */
public final class TimeSeriesFile {
    public static final List<String> COLUMNS = List.of("scenario", "month", "reported", "n", "delivered_europe_t",
            "delivered_ci95_low", "delivered_ci95_high", "seized_europe_t", "seized_ci95_low", "seized_ci95_high");

    private TimeSeriesFile() {
    }

    public static String render(BatchRunner.Shards shards) {
        // scenario -> month -> replication -> {delivered, seized} in tonnes
        Map<String, Map<String, Map<Integer, double[]>>> sums = new LinkedHashMap<>();
        Map<String, Boolean> reported = new LinkedHashMap<>();
        shards.forEachPortRow(r -> {
            if (!"EUROPE".equals(r.month().region())) {
                return;
            }
            double[] v = sums.computeIfAbsent(r.scenario(), k -> new LinkedHashMap<>())
                    .computeIfAbsent(r.month().month(), k -> new LinkedHashMap<>())
                    .computeIfAbsent(r.replication(), k -> new double[2]);
            v[0] += r.month().get(PortMeasure.DELIVERED_KG) / 1000;
            v[1] += r.month().get(PortMeasure.SEIZED_KG) / 1000;
            reported.put(r.month().month(), r.month().reported());
        });
        Csv csv = new Csv().header(COLUMNS);
        for (Map.Entry<String, Map<String, Map<Integer, double[]>>> s : sums.entrySet()) {
            for (String month : new TreeSet<>(s.getValue().keySet())) {
                List<double[]> runs = new ArrayList<>(s.getValue().get(month).values());
                double[] delivered = Statistics.meanCi(runs.stream().mapToDouble(v -> v[0]).toArray());
                double[] seized = Statistics.meanCi(runs.stream().mapToDouble(v -> v[1]).toArray());
                csv.row(s.getKey(), month, reported.get(month), runs.size(), delivered[0], delivered[1], delivered[2],
                        seized[0], seized[1], seized[2]);
            }
        }
        return csv.toString();
    }
}
