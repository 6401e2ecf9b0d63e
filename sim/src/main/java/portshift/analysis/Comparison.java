package portshift.analysis;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Compares the outcomes of scenario A and scenario B, metric by metric, over their replications. Replication r of A
 * and of B ran with one seed (common random numbers), so each of A's runs is paired with B's run of the same
 * replication, found by its number and checked by its seed, never by its place in a list.
 */
public final class Comparison {
    private Comparison() {
    }

    /**
     * @param a A's runs
     * @param b B's runs
     * @return one comparison per outcome either has (in A's order, then B's extra ones)
     * @throws IllegalArgumentException if the runs do not pair up: a replication on one side only, twice on one side,
     *                                  or run with two different seeds
     */
    public static List<MetricComparison> of(List<RunOutcomes> a, List<RunOutcomes> b) {
        List<RunOutcomes[]> pairs = pairs(a, b);
        Set<Metric> metrics = new LinkedHashSet<>();
        a.forEach(r -> metrics.addAll(r.values().keySet()));
        b.forEach(r -> metrics.addAll(r.values().keySet()));
        List<MetricComparison> out = new ArrayList<>();
        for (Metric metric : metrics) {
            out.add(compare(metric, pairs));
        }
        return out;
    }

    /** A's and B's runs of each replication, in replication order. */
    static List<RunOutcomes[]> pairs(List<RunOutcomes> a, List<RunOutcomes> b) {
        Map<Integer, RunOutcomes> byReplication = byReplication(b, "B");
        List<RunOutcomes[]> out = new ArrayList<>();
        for (RunOutcomes ra : byReplication(a, "A").values()) {
            RunOutcomes rb = byReplication.remove(ra.replication());
            if (rb == null) {
                throw new IllegalArgumentException("cannot pair the runs: replication " + ra.replication()
                        + " of A has no run of B");
            }
            if (ra.seed() != rb.seed()) {
                throw new IllegalArgumentException("cannot pair the runs: replication " + ra.replication()
                        + " ran with seed " + ra.seed() + " in A and " + rb.seed() + " in B");
            }
            out.add(new RunOutcomes[] {ra, rb});
        }
        if (!byReplication.isEmpty()) {
            throw new IllegalArgumentException("cannot pair the runs: replication "
                    + byReplication.keySet().iterator().next() + " of B has no run of A");
        }
        return out;
    }

    private static Map<Integer, RunOutcomes> byReplication(List<RunOutcomes> runs, String side) {
        Map<Integer, RunOutcomes> out = new TreeMap<>();
        for (RunOutcomes r : runs) {
            if (out.put(r.replication(), r) != null) {
                throw new IllegalArgumentException("cannot pair the runs: replication " + r.replication()
                        + " of " + side + " appears twice");
            }
        }
        return out;
    }

    /**
     * One outcome over the pairs where both runs have a finite value. An outcome only one scenario has (an
     * intervention of its own) has that side's mean and nothing to compare; so has one with fewer than two pairs.
     */
    private static MetricComparison compare(Metric metric, List<RunOutcomes[]> pairs) {
        List<double[]> both = new ArrayList<>();
        List<Double> onlyA = new ArrayList<>();
        List<Double> onlyB = new ArrayList<>();
        for (RunOutcomes[] p : pairs) {
            Double x = finite(p[0], metric);
            Double y = finite(p[1], metric);
            if (x != null && y != null) {
                both.add(new double[] {x, y});
            } else if (x != null) {
                onlyA.add(x);
            } else if (y != null) {
                onlyB.add(y);
            }
        }
        if (both.size() < 2) {
            both.forEach(v -> {
                onlyA.add(v[0]);
                onlyB.add(v[1]);
            });
            return new MetricComparison(metric, both.size(), mean(onlyA), mean(onlyB), Double.NaN, null);
        }
        double[] x = both.stream().mapToDouble(v -> v[0]).toArray();
        double[] y = both.stream().mapToDouble(v -> v[1]).toArray();
        return Statistics.compare(metric, x, y);
    }

    private static Double finite(RunOutcomes run, Metric metric) {
        Double v = run.values().get(metric);
        return v != null && Double.isFinite(v) ? v : null;
    }

    private static double mean(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
    }

    /** Finite values of an outcome over runs. */
    public static double[] values(List<Map<Metric, Double>> runs, Metric metric) {
        return runs.stream().map(m -> m.get(metric)).filter(v -> v != null && Double.isFinite(v))
                .mapToDouble(Double::doubleValue).toArray();
    }
}
