package portshift.optimize;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import portshift.analysis.Statistics;

/**
 * The optimum, the baselines and the input scenario (nothing added) run again on fresh seeds that the search never
 * saw, so that the gains reported are not an artefact of the search: each allocation's value of the objective (per
 * seed: the mean over the uncertainty points, or the quantile the search judged by) averaged over the seeds, with its
 * 95% CI; each allocation's gain over the input scenario, and the optimum's gain over each baseline and over the input,
 * paired on the seeds, with their CIs (t). A gain counts only where its CI clears 0.
 */
public final class Confirmation {
    /** The row of the input scenario, with nothing added. */
    public static final String INPUT = "input";

    /**
     * One allocation's line: its mean outcome and CI; for a baseline or the input, the optimum's gain over it
     * (positive: the optimum does better, in the outcome's unit) with its CI and whether the CI clears 0; for the
     * optimum and the baselines, their gain over the input scenario, the same way.
     */
    public record Row(String name, Allocation allocation, double mean, double low, double high, Gain optimumGain,
                      Gain overInput, double delay) {
    }

    /** A paired gain on the fresh seeds, in the outcome's unit, with its 95% CI; NaN throughout where there is none. */
    public record Gain(double mean, double low, double high) {
        static final Gain NONE = new Gain(Double.NaN, Double.NaN, Double.NaN);

        /** Whether the CI lies wholly above or below 0. */
        public boolean clearsZero() {
            return low > 0 || high < 0;
        }

        public boolean exists() {
            return !Double.isNaN(mean);
        }
    }

    private Confirmation() {
    }

    /** The optimum's row, each baseline's, then the input's. */
    public static List<Row> of(Evaluation optimum, Map<String, Evaluation> baselines, Evaluation input,
                               Objective objective) {
        List<Row> out = new ArrayList<>();
        out.add(row("optimum", optimum, Gain.NONE, gain(input, optimum, objective), objective));
        for (Map.Entry<String, Evaluation> b : baselines.entrySet()) {
            out.add(row(b.getKey(), b.getValue(), gain(b.getValue(), optimum, objective),
                    gain(input, b.getValue(), objective), objective));
        }
        out.add(row(INPUT, input, gain(input, optimum, objective), Gain.NONE, objective));
        return out;
    }

    /** How much better {@code better} does than {@code than}, paired on the seeds, in the outcome's unit. */
    private static Gain gain(Evaluation than, Evaluation better, Objective objective) {
        double[] a = than.perReplication(objective);
        double[] b = better.perReplication(objective);
        double[] gain = new double[b.length];
        for (int r = 0; r < b.length; r++) {
            gain[r] = objective.sign() * (a[r] - b[r]);
        }
        double[] g = Statistics.meanCi(gain);
        return new Gain(g[0], g[1], g[2]);
    }

    private static Row row(String name, Evaluation e, Gain optimumGain, Gain overInput, Objective objective) {
        double[] ci = Statistics.meanCi(e.perReplication(objective));
        return new Row(name, e.allocation(), ci[0], ci[1], ci[2], optimumGain, overInput, e.meanDelay());
    }
}
