package portshift.history;

import java.util.List;

import portshift.evidence.Target;

/**
 * Where a refocused wave drew its worlds: a box of the uncertainties' shares, around the earlier wave's kept worlds,
 * and the emulator that ruled out the candidates in it whose emulated implausibility is above the cut-off.
 *
 * @param low      per uncertainty, the box's lower share
 * @param high     per uncertainty, the box's upper share
 * @param emulator fitted to every run before the wave
 */
public record Region(double[] low, double[] high, Emulator emulator) {

    /** Whether a world (its shares) lies in the box and the emulator does not rule it out. */
    public boolean admits(double[] share, List<Target> targets, double cutoff, int judged) {
        for (int j = 0; j < share.length; j++) {
            if (share[j] < low[j] || share[j] > high[j]) {
                return false;
            }
        }
        return Implausibility.ranked(emulator.implausibility(targets, share), judged) <= cutoff;
    }

    /** The box's share of the whole space. */
    public double volume() {
        double v = 1;
        for (int j = 0; j < low.length; j++) {
            v *= high[j] - low[j];
        }
        return v;
    }
}
