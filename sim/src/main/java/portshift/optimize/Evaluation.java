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

    /** Per replication, the mean over points: the paired sample that compares allocations on the same seeds. */
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
