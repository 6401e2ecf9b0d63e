package portshift.explore;

import java.util.List;
import java.util.Map;

import org.apache.commons.math3.stat.descriptive.moment.Variance;

import portshift.analysis.Metric;
import portshift.analysis.Outcome;

/**
 * How much of a policy difference's spread over the points is replication noise. At each point the difference of
 * replication r is policy p's value minus the first policy's under the same seed; the noise variance of the point's
 * mean difference is the variance of those differences over the replications divided by their number. Its mean over
 * the points, as a share of the variance of the mean differences over the points, is the share of that variance the
 * uncertainties cannot explain: it adds about as much to every total Sobol index and weakens every rank correlation.
 */
public final class ReplicationNoise {
    private ReplicationNoise() {
    }

    /** The noise share of policy p's difference from the first in outcome o; NaN with fewer than 2 replications. */
    public static double share(Exploration e, Map<String, List<Map<Metric, Double>>> outcomes, Outcome o, int p) {
        double[] means = SensitivityRow.differences(Robustness.means(e, outcomes, o), p);
        double noise = 0;
        int counted = 0;
        for (int i = 0; i < e.points(); i++) {
            List<Map<Metric, Double>> first = outcomes.get(e.variant(i, 0).name());
            List<Map<Metric, Double>> other = outcomes.get(e.variant(i, p).name());
            int r = Math.min(first.size(), other.size());
            double[] d = new double[r];
            for (int k = 0; k < r; k++) {
                Double a = first.get(k).get(Metric.of(o));
                Double b = other.get(k).get(Metric.of(o));
                d[k] = a == null || b == null ? Double.NaN : b - a;
            }
            if (r >= 2 && java.util.Arrays.stream(d).allMatch(Double::isFinite)) {
                noise += new Variance().evaluate(d) / r;
                counted++;
            }
        }
        double[] finite = java.util.Arrays.stream(means).filter(Double::isFinite).toArray();
        if (counted == 0 || finite.length < 2) {
            return Double.NaN;
        }
        double spread = new Variance().evaluate(finite);
        return spread > 0 ? noise / counted / spread : Double.NaN;
    }
}
