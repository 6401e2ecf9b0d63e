package portshift.history;

import java.util.List;

import portshift.evidence.Target;

/**
 * How well an emulator fitted to earlier waves predicted a wave's runs, per target: the standardized errors
 * (run − prediction) / sqrt(prediction variance + variance of the runs' mean). An emulator that says how uncertain it
 * is has about 95% of them within 2 and their mean square near 1.
 *
 * @param withinTwo  per target, the share of the wave's worlds with |standardized error| at most 2
 * @param meanSquare per target, the mean squared standardized error
 * @param rSquared   per target, the emulator's R² on the worlds it was fitted to
 * @param residualSd per target, its residual standard deviation
 */
public record EmulatorCheck(double[] withinTwo, double[] meanSquare, double[] rSquared, double[] residualSd) {

    /** Compares an emulator's predictions with the wave's runs. */
    public static EmulatorCheck of(Emulator emulator, List<Target> targets, double[][] shares, List<PointFit> runs) {
        int t = targets.size();
        double[] within = new double[t];
        double[] square = new double[t];
        double[] r2 = new double[t];
        double[] sd = new double[t];
        for (int k = 0; k < t; k++) {
            int inside = 0;
            double sum = 0;
            for (int i = 0; i < runs.size(); i++) {
                double variance = emulator.variance(k, shares[i]) + runs.get(i).meanVariance()[k];
                double z = (runs.get(i).emulated(k) - emulator.mean(k, shares[i])) / Math.sqrt(variance);
                inside += Math.abs(z) <= 2 ? 1 : 0;
                sum += z * z;
            }
            within[k] = runs.isEmpty() ? Double.NaN : inside / (double) runs.size();
            square[k] = runs.isEmpty() ? Double.NaN : sum / runs.size();
            r2[k] = emulator.rSquared(k);
            sd[k] = emulator.residualSd(k);
        }
        return new EmulatorCheck(within, square, r2, sd);
    }
}
