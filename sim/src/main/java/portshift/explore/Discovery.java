package portshift.explore;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.math3.random.MersenneTwister;
import org.apache.commons.math3.random.RandomGenerator;

import portshift.analysis.Metric;
import portshift.analysis.Outcome;

/**
 * Scenario discovery on an exploration: the points where the second policy does worse than the first on one outcome by
 * more than a threshold (by the outcome's better direction, comparing the policies' means over the replications) are
 * the cases, and PRIM finds the box of the uncertainties where they gather: peeling, then pasting from the box chosen
 * on the peeling trajectory ({@link Prim}), then the bounds the points do not support dropped
 * ({@link PrimSignificance}); the whole search is run again on {@value #RESAMPLES} bootstrap resamples of the points to
 * say how often each bound comes back.
 *
 * @param outcome    the outcome judged
 * @param threshold  how much worse, in the outcome's unit, a point must be to count (0: any worse)
 * @param cases      cases[i]: whether the second policy does worse at point i by more than the threshold
 * @param trajectory the boxes of peeling and then of pasting
 * @param start      the box of the peeling trajectory that pasting began from: the densest with half the cases or more
 * @param reported   the box reported: the pasted box without its unsupported bounds
 * @param cuts       per uncertainty and side, the pasted box's bound, its quasi-p value and its bootstrap share
 */
public record Discovery(Outcome outcome, double threshold, boolean[] cases, List<Prim.Box> trajectory,
                        Prim.Box start, Prim.Box reported, List<PrimCut> cuts) {
    /** Bootstrap resamples of the points behind each bound's share. */
    public static final int RESAMPLES = 200;

    public static Discovery of(Exploration e, Map<String, List<Map<Metric, Double>>> outcomes, Outcome o,
                               double threshold, long seed) {
        if (o.better() == Outcome.Better.NEITHER) {
            throw new IllegalArgumentException(o.column() + " has no better direction");
        }
        double[][] means = Robustness.means(e, outcomes, o);
        boolean[] cases = new boolean[e.points()];
        for (int i = 0; i < cases.length; i++) {
            double d = means[1][i] - means[0][i];
            cases[i] = o.better() == Outcome.Better.LOWER ? d > threshold : d < -threshold;
        }
        Found found = find(e.values(), cases);
        double[][] shares = stability(e.values(), cases, seed);
        List<PrimCut> cuts = new ArrayList<>();
        for (PrimCut c : found.judged().cuts()) {
            cuts.add(new PrimCut(c.uncertainty(), c.atLeast(), c.bound(), c.quasiP(), c.reported(),
                    shares[c.uncertainty()][c.atLeast() ? 0 : 1]));
        }
        return new Discovery(o, threshold, cases, found.trajectory(), found.start(), found.judged().reported(), cuts);
    }

    /** PRIM's whole search on one set of points: the boxes of peeling then pasting, where pasting began, the verdict. */
    record Found(List<Prim.Box> trajectory, Prim.Box start, PrimSignificance.Judged judged) {
    }

    static Found find(double[][] x, boolean[] cases) {
        List<Prim.Box> peeling = Prim.peel(x, cases);
        Prim.Box start = Prim.chosen(peeling);
        List<Prim.Box> pasting = Prim.paste(x, cases, start, peeling.get(0), peeling.size());
        Prim.Box pasted = pasting.isEmpty() ? start : pasting.get(pasting.size() - 1);
        List<Prim.Box> trajectory = new ArrayList<>(peeling);
        trajectory.addAll(pasting);
        return new Found(trajectory, start,
                PrimSignificance.of(x, cases, pasted, peeling.get(0), trajectory.size()));
    }

    /** shares[j][side]: how often the box reported from a bootstrap resample of the points bounds side of j. */
    static double[][] stability(double[][] x, boolean[] cases, long seed) {
        int n = x.length;
        int k = n == 0 ? 0 : x[0].length;
        double[][] shares = new double[k][2];
        RandomGenerator random = new MersenneTwister(seed);
        for (int b = 0; b < RESAMPLES; b++) {
            double[][] xb = new double[n][];
            boolean[] cb = new boolean[n];
            for (int i = 0; i < n; i++) {
                int drawn = random.nextInt(n);
                xb[i] = x[drawn];
                cb[i] = cases[drawn];
            }
            for (PrimCut c : find(xb, cb).judged().cuts()) {
                if (c.reported()) {
                    shares[c.uncertainty()][c.atLeast() ? 0 : 1] += 1.0 / RESAMPLES;
                }
            }
        }
        return shares;
    }

    /** How many points are cases. */
    public int count() {
        int c = 0;
        for (boolean b : cases) {
            c += b ? 1 : 0;
        }
        return c;
    }

    /** The bounds of the reported box, most strongly supported first (smallest quasi-p, then largest share). */
    public List<PrimCut> reportedCuts() {
        return cuts.stream().filter(PrimCut::reported).sorted((a, b) -> a.quasiP() != b.quasiP()
                ? Double.compare(a.quasiP(), b.quasiP()) : Double.compare(b.bootstrapShare(), a.bootstrapShare()))
                .toList();
    }

    /** "does worse", or "does worse by more than 5 t/year". */
    public String worse() {
        return threshold == 0 ? "does worse" : "does worse by more than " + shown(threshold) + " " + outcome.unit();
    }

    /** A number as the printed summary shows a bound: three significant digits. */
    public static String shown(double v) {
        return String.format(Locale.ROOT, "%.3g", v);
    }
}
