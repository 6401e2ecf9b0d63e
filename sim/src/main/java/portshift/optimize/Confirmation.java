package portshift.optimize;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import portshift.analysis.Statistics;

/**
 * The optimum and the baselines run again on fresh seeds that the search never saw, so that the gain
 * reported is not an artefact of the search: each allocation's value of the objective (per seed: the
 * mean over the uncertainty points, or the quantile the search judged by) averaged over the seeds,
 * with its 95% CI, and each baseline's difference from the optimum, paired on the seeds, with its CI.
 */
public final class Confirmation {
    /**
     * One allocation's line: its mean outcome and CI; for a baseline, the optimum's gain over it
     * (positive: the optimum does better, in the outcome's unit) with its CI and whether the CI clears 0.
     */
    public record Row(String name, Allocation allocation, double mean, double low, double high, double gain,
                      double gainLow, double gainHigh, boolean significant, double delay) {
    }

    private Confirmation() {
    }

    public static List<Row> of(Evaluation optimum, Map<String, Evaluation> baselines, Objective objective) {
        List<Row> out = new ArrayList<>();
        double[] best = optimum.perReplication(objective);
        out.add(row("optimum", optimum, null, objective));
        for (Map.Entry<String, Evaluation> b : baselines.entrySet()) {
            double[] other = b.getValue().perReplication(objective);
            double[] gain = new double[best.length];
            for (int r = 0; r < best.length; r++) {
                gain[r] = objective.sign() * (other[r] - best[r]);
            }
            out.add(row(b.getKey(), b.getValue(), gain, objective));
        }
        return out;
    }

    private static Row row(String name, Evaluation e, double[] gain, Objective objective) {
        double[] ci = Statistics.meanCi(e.perReplication(objective));
        if (gain == null) {
            return new Row(name, e.allocation(), ci[0], ci[1], ci[2], Double.NaN, Double.NaN, Double.NaN, false,
                    e.meanDelay());
        }
        double[] g = Statistics.meanCi(gain);
        boolean significant = g[1] > 0 || g[2] < 0;
        return new Row(name, e.allocation(), ci[0], ci[1], ci[2], g[0], g[1], g[2], significant, e.meanDelay());
    }
}
