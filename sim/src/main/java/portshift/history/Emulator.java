package portshift.history;

import java.util.List;

import org.apache.commons.math3.stat.regression.OLSMultipleLinearRegression;

import portshift.evidence.Target;
import portshift.evidence.TargetFit;
import portshift.scenario.TargetKind;

/**
 * Per target, a regression emulator of what the model gives across the uncertainties: ordinary least squares on the
 * uncertainties' shares of their ranges and their squares (Commons Math), fitted to every world run so far. It predicts
 * a world's figure with a variance, the residual variance times (1 + the prediction's leverage), so that a world far
 * from the runs it learnt from is judged with more room. It stands in for the model when choosing where the next wave
 * runs; the worlds kept are always judged on runs of the model.
 */
public final class Emulator {
    private final double[][] beta;
    /** Per target, (X'X)^-1 of its regression. */
    private final double[][][] inverse;
    private final double[] residualVariance;
    private final double[] rSquared;
    private final int features;

    private Emulator(double[][] beta, double[][][] inverse, double[] residualVariance, double[] rSquared, int features) {
        this.beta = beta;
        this.inverse = inverse;
        this.residualVariance = residualVariance;
        this.rSquared = rSquared;
        this.features = features;
    }

    /**
     * Fits every target's emulator to the worlds run.
     *
     * @param shares each world's uncertainties as shares of their ranges, in [0, 1]
     * @param fits   those worlds' fits, in the same order
     */
    public static Emulator fit(double[][] shares, List<PointFit> fits) {
        int targets = fits.get(0).fits().size();
        double[][] x = new double[shares.length][];
        for (int i = 0; i < shares.length; i++) {
            x[i] = terms(shares[i]);
        }
        double[][] beta = new double[targets][];
        double[][][] inverse = new double[targets][][];
        double[] variance = new double[targets];
        double[] r2 = new double[targets];
        for (int t = 0; t < targets; t++) {
            double[] y = new double[fits.size()];
            for (int i = 0; i < y.length; i++) {
                y[i] = fits.get(i).emulated(t);
            }
            OLSMultipleLinearRegression ols = new OLSMultipleLinearRegression();
            ols.setNoIntercept(true);
            ols.newSampleData(y, x);
            beta[t] = ols.estimateRegressionParameters();
            inverse[t] = ols.estimateRegressionParametersVariance();
            variance[t] = ols.estimateErrorVariance();
            r2[t] = Double.isFinite(ols.calculateRSquared()) ? ols.calculateRSquared() : 0;
        }
        return new Emulator(beta, inverse, variance, r2, x[0].length);
    }

    /** The regression's terms of a world: 1, each share, each share squared. */
    static double[] terms(double[] share) {
        double[] x = new double[1 + 2 * share.length];
        x[0] = 1;
        for (int j = 0; j < share.length; j++) {
            x[1 + j] = share[j];
            x[1 + share.length + j] = share[j] * share[j];
        }
        return x;
    }

    /** Worlds needed to fit it: more than its terms. */
    public static int needed(int uncertainties) {
        return 2 * (1 + 2 * uncertainties);
    }

    /** The predicted figure for a target (for a rank target: the margin over the figure needed). */
    public double mean(int target, double[] share) {
        double[] x = terms(share);
        double m = 0;
        for (int j = 0; j < features; j++) {
            m += beta[target][j] * x[j];
        }
        return m;
    }

    /** The variance of the prediction: residual variance x (1 + leverage). */
    public double variance(int target, double[] share) {
        double[] x = terms(share);
        double leverage = 0;
        double[][] inv = inverse[target];
        for (int a = 0; a < features; a++) {
            double row = 0;
            for (int b = 0; b < features; b++) {
                row += inv[a][b] * x[b];
            }
            leverage += x[a] * row;
        }
        return residualVariance[target] * (1 + leverage);
    }

    /** The emulated implausibility of a world for each target. */
    public double[] implausibility(List<Target> targets, double[] share) {
        double[] out = new double[targets.size()];
        for (int t = 0; t < out.length; t++) {
            Target target = targets.get(t);
            double m = mean(t, share);
            TargetFit pseudo = target.kind() == TargetKind.RANK ? new TargetFit(target, m, 0) : new TargetFit(target, m,
                    target.value());
            out[t] = Implausibility.of(pseudo, variance(t, share));
        }
        return out;
    }

    public double rSquared(int target) {
        return rSquared[target];
    }

    public double residualSd(int target) {
        return Math.sqrt(residualVariance[target]);
    }
}
