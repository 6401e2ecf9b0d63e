package portshift.analysis;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Compares the outcomes of scenario A and scenario B, metric by metric, over their replications. */
public final class Comparison {
    private Comparison() {
    }

    /**
     * @param a the outcomes of A's runs, one map per replication
     * @param b the outcomes of B's runs
     * @return one comparison per outcome both have (in A's order, then B's extra ones)
     */
    public static List<MetricComparison> of(List<Map<Metric, Double>> a, List<Map<Metric, Double>> b) {
        Set<Metric> metrics = new LinkedHashSet<>();
        a.forEach(m -> metrics.addAll(m.keySet()));
        b.forEach(m -> metrics.addAll(m.keySet()));
        List<MetricComparison> out = new ArrayList<>();
        for (Metric metric : metrics) {
            double[] x = values(a, metric);
            double[] y = values(b, metric);
            if (x.length >= 2 && y.length >= 2) {
                out.add(Statistics.compare(metric, x, y));
            } else if (x.length + y.length > 0) {
                out.add(oneSided(metric, x, y));
            }
        }
        return out;
    }

    /** Finite values of an outcome over runs. */
    public static double[] values(List<Map<Metric, Double>> runs, Metric metric) {
        return runs.stream().map(m -> m.get(metric)).filter(v -> v != null && Double.isFinite(v))
                .mapToDouble(Double::doubleValue).toArray();
    }

    /** An outcome only one scenario has (an intervention of its own): its mean, nothing to compare. */
    private static MetricComparison oneSided(Metric metric, double[] a, double[] b) {
        double meanA = a.length == 0 ? Double.NaN : Statistics.meanCi(a)[0];
        double meanB = b.length == 0 ? Double.NaN : Statistics.meanCi(b)[0];
        return new MetricComparison(metric, meanA, meanB, Double.NaN, Double.NaN, Double.NaN,
                Double.NaN, Double.NaN, false, Double.NaN, Math.max(a.length, b.length));
    }
}
