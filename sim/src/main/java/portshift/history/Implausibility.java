package portshift.history;

import portshift.evidence.Target;
import portshift.evidence.TargetFit;

/**
 * How implausible a model figure makes a world, for one target: its distance from what was reported, in standard
 * deviations of everything that separates the two (Craig et al. 1997; Vernon, Goldstein and Bower 2010):
 *
 * <pre>
 *     I = distance / sqrt(observation sd² + discrepancy sd² + variance of the model's figure)
 * </pre>
 *
 * The distance is |reported − model| for a POINT target; for a RANGE or an UPPER bound, how far the model lies outside
 * it (0 inside); for a RANK, how far the model falls short of the figure of the place at the required rank (0 if it
 * does not). The variance of the model's figure is the replications' variance of their mean, or an emulator's
 * variance of its prediction.
 */
public final class Implausibility {
    private Implausibility() {
    }

    /** The distance between the model's figure and the target, in the figure's unit (0 where the target is met). */
    public static double distance(TargetFit fit) {
        Target t = fit.target();
        double m = fit.model();
        return switch (t.kind()) {
            case POINT -> Math.abs(t.value() - m);
            case RANK -> Math.max(0, fit.reference() - m);
            case RANGE, UPPER -> Math.max(0, t.low() - m) + Math.max(0, m - t.high());
        };
    }

    /** I for one target, given the variance of the model's figure (of the replications' mean, or an emulator's). */
    public static double of(TargetFit fit, double modelVariance) {
        Target t = fit.target();
        double variance = t.observationSd() * t.observationSd() + t.discrepancySd() * t.discrepancySd() + modelVariance;
        double d = distance(fit);
        if (d == 0) {
            return 0;
        }
        return variance > 0 ? d / Math.sqrt(variance) : Double.POSITIVE_INFINITY;
    }

    /** The largest of a point's implausibilities (rank 1) or the second largest (rank 2), and so on. */
    public static double ranked(double[] implausibilities, int rank) {
        double[] sorted = implausibilities.clone();
        java.util.Arrays.sort(sorted);
        int k = sorted.length - rank;
        return k >= 0 ? sorted[k] : 0;
    }
}
