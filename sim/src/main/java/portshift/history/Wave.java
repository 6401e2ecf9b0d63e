package portshift.history;

import java.util.List;

/**
 * One wave of history matching: the worlds it ran and how each fits.
 *
 * @param number          1 for the first wave
 * @param shares          each world's uncertainties as shares of their ranges
 * @param fits            each world's fit, from runs of the model
 * @param kept            whether each world is non-implausible: its judged implausibility at most the cut-off
 * @param candidates      worlds drawn in the refocused region before the emulator chose these (the first wave: its own)
 * @param plausibleVolume the estimated share of the whole space still non-implausible after this wave
 * @param region          for a refocused wave, where it drew its worlds and the emulator that chose them; null for
 *                        the first
 * @param check           for a wave chosen by an emulator, how well it predicted this wave's runs; null for the first
 */
public record Wave(int number, double[][] shares, List<PointFit> fits, boolean[] kept, int candidates,
                   double plausibleVolume, Region region, EmulatorCheck check) {

    public int points() {
        return fits.size();
    }

    public int keptCount() {
        int n = 0;
        for (boolean k : kept) {
            n += k ? 1 : 0;
        }
        return n;
    }

    /** Share of this wave's worlds ruled out by their runs. */
    public double ruledOut() {
        return points() == 0 ? Double.NaN : 1 - keptCount() / (double) points();
    }
}
