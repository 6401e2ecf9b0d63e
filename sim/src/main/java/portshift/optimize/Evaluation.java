package portshift.optimize;

import java.util.Arrays;

/**
 * An allocation's runs: the objective's outcome and the delay to legitimate trade, per uncertainty
 * point and replication, the replications of every allocation on the same seeds.
 *
 * @param objective the objective's outcome, [point][replication]
 * @param delay     delay to legitimate trade, k container-hours a year, [point][replication]
 */
public record Evaluation(Allocation allocation, double[][] objective, double[][] delay) {
    /** Mean of the objective's outcome over every run (in its own unit and direction). */
    public double meanOutcome() {
        return mean(objective);
    }

    public double meanDelay() {
        return mean(delay);
    }

    /**
     * Per replication, the objective's value over the points, in the outcome's unit: the mean over points, or for a
     * quantile objective the bad-side quantile over points. The paired sample that compares allocations on the same
     * seeds, by the measure the search chose on.
     */
    public double[] perReplication(Objective objective) {
        int n = this.objective[0].length;
        double[] out = new double[n];
        for (int r = 0; r < n; r++) {
            double[][] one = new double[this.objective.length][1];
            for (int p = 0; p < one.length; p++) {
                one[p][0] = this.objective[p][r];
            }
            out[r] = objective.sign() * objective.score(one);
        }
        return out;
    }

    /** The objective's value over every run, in the outcome's unit (the score, back in the outcome's direction). */
    public double value(Objective objective) {
        return objective.sign() * objective.score(this.objective);
    }

    /** Per replication, the mean over points of the outcome or the delay. */
    public double[] perReplication(boolean ofDelay) {
        double[][] v = ofDelay ? delay : objective;
        double[] out = new double[v[0].length];
        for (double[] point : v) {
            for (int r = 0; r < point.length; r++) {
                out[r] += point[r] / v.length;
            }
        }
        return out;
    }

    private static double mean(double[][] v) {
        return Arrays.stream(v).flatMapToDouble(Arrays::stream).average().orElse(Double.NaN);
    }
}
