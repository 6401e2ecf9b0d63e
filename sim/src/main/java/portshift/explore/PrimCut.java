package portshift.explore;

/**
 * One bound of PRIM's box on one uncertainty, judged (Bryant and Lempert 2010, as the EMA Workbench does): its
 * quasi-p value is the chance that a box without this bound, holding the box's number of points, would hold at least
 * the box's cases, by the one-sided binomial test at the density of the box without the bound. A bound whose quasi-p
 * lies above {@link PrimSignificance#LEVEL} is dropped from the reported box. Its stability is the share of bootstrap
 * resamples of the points in which PRIM, run again from the start, reports a bound on the same side of the same
 * uncertainty.
 *
 * @param uncertainty     the uncertainty bounded
 * @param atLeast         true for a lower bound (the box holds values at least {@code bound}), false for an upper one
 * @param bound           the pasted box's bound, inclusive; NaN where it does not bound this side
 * @param quasiP          the bound's quasi-p value (when it was dropped, for a dropped one); NaN where it does not bound
 * @param reported        whether the reported box keeps the bound
 * @param bootstrapShare  the share of bootstrap resamples whose reported box bounds this side of this uncertainty
 */
public record PrimCut(int uncertainty, boolean atLeast, double bound, double quasiP, boolean reported,
                      double bootstrapShare) {
    /** "at_least" or "at_most", as prim_cuts.csv names the side. */
    public String side() {
        return atLeast ? "at_least" : "at_most";
    }

    /** Whether the pasted box bounds this side at all. */
    public boolean bounds() {
        return !Double.isNaN(bound);
    }
}
