package portshift.explore;

import java.util.ArrayList;
import java.util.List;

import org.apache.commons.math3.distribution.BinomialDistribution;

/**
 * Which bounds of the pasted PRIM box the points support: each bound's quasi-p value ({@link PrimCut}); while any
 * lies above {@value #LEVEL}, the bound with the largest is dropped and the others' values are computed again on the
 * wider box. What remains is the reported box, whose coverage, density and points are the ones printed.
 */
final class PrimSignificance {
    /** The quasi-p value above which a bound is dropped. */
    static final double LEVEL = 0.05;

    /** The box reported and, per uncertainty and side that the pasted box bounds, the bound and its quasi-p. */
    record Judged(Prim.Box reported, List<PrimCut> cuts) {
    }

    private PrimSignificance() {
    }

    static Judged of(double[][] x, boolean[] cases, Prim.Box pasted, Prim.Box whole, int step) {
        int k = whole.low().length;
        double[][] dropped = new double[k][2];   // the quasi-p at which each side was dropped, NaN if kept
        for (double[] d : dropped) {
            d[0] = Double.NaN;
            d[1] = Double.NaN;
        }
        Prim.Box now = pasted;
        double[][] p = quasiP(x, cases, now, whole);
        while (true) {
            int worstJ = -1;
            int worstSide = -1;
            for (int j = 0; j < k; j++) {
                for (int side = 0; side < 2; side++) {
                    if (p[j][side] > LEVEL && (worstJ < 0 || p[j][side] > p[worstJ][worstSide])) {
                        worstJ = j;
                        worstSide = side;
                    }
                }
            }
            if (worstJ < 0) {
                break;
            }
            dropped[worstJ][worstSide] = p[worstJ][worstSide];
            now = worstSide == 0 ? Prim.with(x, cases, now, worstJ, whole.low()[worstJ], now.high()[worstJ])
                    : Prim.with(x, cases, now, worstJ, now.low()[worstJ], whole.high()[worstJ]);
            p = quasiP(x, cases, now, whole);
        }
        List<PrimCut> cuts = new ArrayList<>();
        for (int j = 0; j < k; j++) {
            for (int side = 0; side < 2; side++) {
                double bound = side == 0 ? pasted.low()[j] : pasted.high()[j];
                boolean cut = bound != (side == 0 ? whole.low()[j] : whole.high()[j]);
                boolean kept = cut && Double.isNaN(dropped[j][side]);
                cuts.add(new PrimCut(j, side == 0, cut ? bound : Double.NaN, !cut ? Double.NaN
                        : kept ? p[j][side] : dropped[j][side], kept, Double.NaN));
            }
        }
        return new Judged(Prim.box(step, Prim.Phase.REPORTED, x, cases, now.low(), now.high()), cuts);
    }

    /** p[j][0], p[j][1]: the quasi-p of the box's lower and upper bound on j; NaN where it has none. */
    static double[][] quasiP(double[][] x, boolean[] cases, Prim.Box box, Prim.Box whole) {
        int k = whole.low().length;
        double[][] p = new double[k][2];
        for (int j = 0; j < k; j++) {
            p[j][0] = box.low()[j] == whole.low()[j] ? Double.NaN
                    : test(box, Prim.with(x, cases, box, j, whole.low()[j], box.high()[j]));
            p[j][1] = box.high()[j] == whole.high()[j] ? Double.NaN
                    : test(box, Prim.with(x, cases, box, j, box.low()[j], whole.high()[j]));
        }
        return p;
    }

    /**
     * P(X >= the box's cases) for X binomial over the box's points at the density of the box without the bound: how
     * likely the box's density would be by chance, were the bound no better than leaving it out.
     */
    private static double test(Prim.Box box, Prim.Box without) {
        double rate = without.density();
        if (box.cases() == 0 || !(rate < 1)) {
            return 1;
        }
        if (!(rate > 0)) {
            return 0;
        }
        return 1 - new BinomialDistribution(null, box.points(), rate).cumulativeProbability(box.cases() - 1);
    }
}
