package portshift.optimize;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import portshift.analysis.Outcome;

/**
 * What the search minimises: an outcome with a better direction (minimised if lower is better, its
 * negative if higher is better), over the uncertainty points by their mean or, for a robust search
 * that guards against the bad cases, a quantile on the bad side (0.9: the value that only a tenth of
 * the points do worse than).
 *
 * @param outcome  the outcome judged
 * @param quantile NaN for the mean over points; else in (0, 1), the share of points doing no worse
 */
public record Objective(Outcome outcome, double quantile) {
    public Objective {
        if (outcome.better() == Outcome.Better.NEITHER) {
            throw new IllegalArgumentException(outcome.column() + " has no better direction");
        }
    }

    /** The outcomes a search can judge by: those of a run's comparison with a better direction, in declared order. */
    public static List<Outcome> choices() {
        return Arrays.stream(Outcome.values()).filter(o -> o.compared() && !o.perIntervention()
                && o.better() != Outcome.Better.NEITHER).toList();
    }

    /** +1 if lower is better, -1 if higher is better: the score is the value times this. */
    public double sign() {
        return outcome.better() == Outcome.Better.LOWER ? 1 : -1;
    }

    /** The score of values per point and replication: lower is better. */
    public double score(double[][] values) {
        double[] perPoint = new double[values.length];
        for (int p = 0; p < values.length; p++) {
            perPoint[p] = sign() * Arrays.stream(values[p]).average().orElse(Double.NaN);
        }
        if (Double.isNaN(quantile)) {
            return Arrays.stream(perPoint).average().orElse(Double.NaN);
        }
        double[] sorted = perPoint.clone();
        Arrays.sort(sorted);
        int k = (int) Math.ceil(quantile * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, k))];
    }

    /** What the score summarises, in words. */
    public String describe() {
        String what = (sign() > 0 ? "minimise " : "maximise ") + outcome.column();
        return Double.isNaN(quantile) ? what + " (mean over the points)"
                : what + String.format(Locale.ROOT, " (its %.0f%% worst-case quantile over the points)", 100 * quantile);
    }
}
