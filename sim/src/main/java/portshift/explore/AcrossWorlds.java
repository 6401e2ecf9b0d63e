package portshift.explore;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import portshift.analysis.Metric;
import portshift.analysis.Outcome;
import portshift.analysis.PairedDifference;
import portshift.analysis.Statistics;

/**
 * A policy against the first over the worlds a history match kept, on one outcome. In each world, each policy's
 * value is its mean over the replications, which share their seeds across the policies (common random numbers within
 * a world); the worlds are the pairs. The mean difference over the worlds, with its t interval, weighs every world
 * equally: it answers "on average over the worlds that fit the record", and its interval holds both the spread of the
 * answer between worlds and the replications' noise. The share of worlds where the policy does better, with its
 * Wilson interval, says how often.
 *
 * @param outcome    the outcome
 * @param policy     the policy
 * @param versus     the first policy, which it is measured against
 * @param worlds     worlds where both policies have a value
 * @param versusMean the first policy's mean over those worlds
 * @param policyMean the policy's mean over those worlds
 * @param difference policy minus first, over the worlds paired: mean, t interval, tests
 * @param better     the share of those worlds where the policy does better by the outcome's direction, {share, low,
 *                   high} (Wilson); a tie counts as not better
 */
public record AcrossWorlds(Outcome outcome, String policy, String versus, int worlds, double versusMean,
                           double policyMean, PairedDifference difference, double[] better) {

    /** For every judged outcome and every policy after the first; an outcome without two worlds with values is left out. */
    public static List<AcrossWorlds> of(Exploration e, Map<String, List<Map<Metric, Double>>> outcomes) {
        List<AcrossWorlds> out = new ArrayList<>();
        for (Outcome o : Robustness.judged()) {
            double[][] m = Robustness.means(e, outcomes, o);
            for (int p = 1; p < m.length; p++) {
                AcrossWorlds row = of(o, e.policies().get(p), e.policies().get(0), m[0], m[p]);
                if (row != null) {
                    out.add(row);
                }
            }
        }
        return out;
    }

    /** One policy against the first over the worlds where both have a value; null where fewer than two have. */
    static AcrossWorlds of(Outcome o, String policy, String versus, double[] first, double[] mine) {
        List<double[]> pairs = new ArrayList<>();
        for (int i = 0; i < first.length; i++) {
            if (Double.isFinite(first[i]) && Double.isFinite(mine[i])) {
                pairs.add(new double[] {first[i], mine[i]});
            }
        }
        if (pairs.size() < 2) {
            return null;
        }
        double[] a = pairs.stream().mapToDouble(x -> x[0]).toArray();
        double[] b = pairs.stream().mapToDouble(x -> x[1]).toArray();
        int better = 0;
        for (int i = 0; i < a.length; i++) {
            better += (o.better() == Outcome.Better.HIGHER ? b[i] > a[i] : b[i] < a[i]) ? 1 : 0;
        }
        return new AcrossWorlds(o, policy, versus, a.length, Statistics.meanCi(a)[0], Statistics.meanCi(b)[0],
                PairedDifference.of(a, b), Statistics.shareCi(better, a.length));
    }

    /** Whether the difference's interval lies wholly on one side of 0. */
    public boolean clearsZero() {
        return difference.ciLow() > 0 || difference.ciHigh() < 0;
    }
}
