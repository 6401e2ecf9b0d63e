package portshift.history;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import portshift.evidence.Calibration;
import portshift.evidence.ModelFigures;
import portshift.evidence.TargetFit;
import portshift.evidence.Targets;

/**
 * A world's fit to the targets, from its replications: per target the model's figure (the mean over the
 * replications), the variance of that mean, and the implausibility.
 *
 * @param values         the world's value of each uncertainty, in its own unit
 * @param fits           per target, in the targets' order: the model's mean figure against it
 * @param meanVariance   per target, the variance of the mean over the replications (0 with one replication)
 * @param implausibility per target, I
 */
public record PointFit(double[] values, List<TargetFit> fits, double[] meanVariance, double[] implausibility) {

    /** The fit of a world from its replications' figures (by target name, as {@link ModelFigures} gives them). */
    public static PointFit of(double[] values, Targets targets, List<Map<String, Double>> replications) {
        List<TargetFit> fits = Calibration.against(targets, ModelFigures.mean(replications));
        double[] variance = new double[fits.size()];
        double[] implausibility = new double[fits.size()];
        for (int t = 0; t < fits.size(); t++) {
            variance[t] = varianceOfMean(fits.get(t), replications);
            implausibility[t] = Implausibility.of(fits.get(t), variance[t]);
        }
        return new PointFit(values.clone(), fits, variance, implausibility);
    }

    /** The replications' variance of the mean of the target's figure (a rank target: its place's figure). */
    private static double varianceOfMean(TargetFit fit, List<Map<String, Double>> replications) {
        List<Double> xs = new ArrayList<>();
        for (Map<String, Double> r : replications) {
            Double v = r.get(fit.target().name());
            xs.add(v != null && Double.isFinite(v) ? v : 0);
        }
        int n = xs.size();
        if (n < 2) {
            return 0;
        }
        double mean = xs.stream().mapToDouble(Double::doubleValue).sum() / n;
        double ss = xs.stream().mapToDouble(x -> (x - mean) * (x - mean)).sum();
        return ss / (n - 1) / n;
    }

    /** The implausibility a world is judged by: the largest (rank 1), or the second largest (rank 2). */
    public double judged(int rank) {
        return Implausibility.ranked(implausibility, rank);
    }

    /** What an emulator predicts for a target: the model's figure, or for a rank its margin over the figure needed. */
    public double emulated(int target) {
        TargetFit f = fits.get(target);
        return f.target().kind() == portshift.scenario.TargetKind.RANK ? f.model() - f.reference() : f.model();
    }
}
