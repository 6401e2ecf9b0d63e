package portshift.explore;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.apache.commons.math3.stat.descriptive.rank.Percentile;

import portshift.analysis.Metric;
import portshift.analysis.Outcome;
import portshift.analysis.Statistics;

/**
 * How each policy fares across the points of an exploration, for the outcomes that have a better direction: the share
 * of points where it is best (with its Wilson 95% interval) and its regret, the distance from the best policy's value
 * at each point, as a mean and a 90th percentile. A policy's value at a point is its mean over the replications.
 */
public final class Robustness {
    /** One policy's record on one outcome. */
    public record Row(Outcome outcome, String policy, int points, double bestShare, double bestLow, double bestHigh,
                      double regretMean, double regretP90) {
    }

    private Robustness() {
    }

    /** The outcomes a policy can be judged on: whole-run outcomes with a better direction. */
    public static List<Outcome> judged() {
        return Arrays.stream(Outcome.values()).filter(o -> o.better() != Outcome.Better.NEITHER)
                .filter(o -> o.reach() != Outcome.Reach.COMPARISONS_PER_INTERVENTION).toList();
    }

    /** means[p][i]: policy p's mean at point i of the outcome, over its replications. */
    public static double[][] means(Exploration e, Map<String, List<Map<Metric, Double>>> outcomes, Outcome o) {
        double[][] out = new double[e.policies().size()][e.points()];
        for (int p = 0; p < out.length; p++) {
            for (int i = 0; i < e.points(); i++) {
                List<Map<Metric, Double>> reps = outcomes.get(e.variant(i, p).name());
                out[p][i] = reps.stream().map(m -> m.get(Metric.of(o))).filter(v -> v != null && Double.isFinite(v))
                        .mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
            }
        }
        return out;
    }

    public static List<Row> of(Exploration e, Map<String, List<Map<Metric, Double>>> outcomes) {
        List<Row> rows = new ArrayList<>();
        for (Outcome o : judged()) {
            double[][] m = means(e, outcomes, o);
            if (Arrays.stream(m).flatMapToDouble(Arrays::stream).noneMatch(Double::isFinite)) {
                continue;
            }
            for (int p = 0; p < m.length; p++) {
                rows.add(row(o, e.policies().get(p), m, p));
            }
        }
        return rows;
    }

    /** The best of the policies' means at point i, by the outcome's direction; NaN if none is finite. */
    private static double top(Outcome o, double[][] means, int i) {
        double top = Double.NaN;
        for (double[] policyMeans : means) {
            double v = policyMeans[i];
            if (Double.isFinite(v) && (Double.isNaN(top) || (o.better() == Outcome.Better.HIGHER ? v > top : v < top))) {
                top = v;
            }
        }
        return top;
    }

    /** winners[i]: the policy whose mean is best at point i, or -1 where policies tie or none has a value. */
    public static int[] winners(Outcome o, double[][] means) {
        int[] out = new int[means[0].length];
        for (int i = 0; i < out.length; i++) {
            double top = top(o, means, i);
            out[i] = -1;
            int at = 0;
            for (int p = 0; p < means.length; p++) {
                if (means[p][i] == top) {
                    out[i] = p;
                    at++;
                }
            }
            if (at != 1) {
                out[i] = -1;
            }
        }
        return out;
    }

    static Row row(Outcome o, String policy, double[][] means, int p) {
        int n = 0;
        int best = 0;
        List<Double> regrets = new ArrayList<>();
        for (int i = 0; i < means[p].length; i++) {
            double top = top(o, means, i);
            double mine = means[p][i];
            if (Double.isNaN(top) || !Double.isFinite(mine)) {
                continue;
            }
            n++;
            if (mine == top) {
                best++;
            }
            regrets.add(Math.abs(top - mine));
        }
        double[] r = regrets.stream().mapToDouble(Double::doubleValue).toArray();
        double[] share = Statistics.shareCi(best, n);
        return new Row(o, policy, n, share[0], share[1], share[2],
                r.length == 0 ? Double.NaN : Arrays.stream(r).average().orElse(Double.NaN),
                r.length == 0 ? Double.NaN : new Percentile().evaluate(r, 90));
    }
}
