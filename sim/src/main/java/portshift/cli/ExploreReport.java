package portshift.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import portshift.analysis.Metric;
import portshift.analysis.Missing;
import portshift.analysis.Outcome;
import portshift.analysis.Statistics;
import portshift.explore.Discovery;
import portshift.explore.Exploration;
import portshift.explore.PrimCut;
import portshift.explore.ReplicationNoise;
import portshift.explore.Robustness;
import portshift.explore.Saltelli;
import portshift.explore.SensitivityRow;

/**
 * The printed summary of an exploration: what was drawn, where each policy is best and where the second does worse
 * (on a Latin hypercube only), how much of the policies' difference is replication noise, and what the difference
 * depends on, with how far the estimates moved from half the design to all of it.
 */
final class ExploreReport {
    /** Bounds outside the reported box that come back this often in the bootstrap are named. */
    private static final double OFTEN = 0.25;

    private final PrintWriter out;
    private final Exploration e;
    private final int replications;
    /** What the exploration's points are: "point", or "world" for the worlds a history match kept. */
    private final String unit;

    ExploreReport(PrintWriter out, Exploration e, int replications, String unit) {
        this.out = out;
        this.e = e;
        this.replications = replications;
        this.unit = unit;
    }

    /** How a Saltelli design met the points asked for: its rows are a power of two. */
    void design(int samples) {
        if (e.sensitivity() instanceof Saltelli s) {
            int per = Saltelli.perRow(s.k(), s.secondOrder());
            out.printf(Locale.ROOT, "Saltelli design: %d rows of %d points (%d points)%s%n", s.rows(), per,
                    e.points(), e.points() == samples ? "" : String.format(Locale.ROOT, "; --samples %d rounded up "
                            + "to a power of two of rows, which keeps the Sobol sequence balanced", samples));
        }
    }

    /** Per judged outcome and policy: where it is best, with the interval, and its regret. */
    void robustness(List<Robustness.Row> rows) {
        out.printf("%d %ss of %d uncertainties; a policy is best at a %s where its mean over the replications is "
                + "the best of the policies'%n", e.points(), unit, e.dimensions().size(), unit);
        out.printf(Locale.ROOT, "%-28s %-24s %-26s %s%n", "outcome", "policy", "best at (95% CI)", "regret mean / 90th pct");
        boolean missing = false;
        for (Robustness.Row r : rows) {
            String best = Double.isFinite(r.bestShare()) ? String.format(Locale.ROOT, "%5.1f%% (%4.1f-%4.1f%%)",
                    100 * r.bestShare(), 100 * r.bestLow(), 100 * r.bestHigh()) : Missing.NA;
            missing |= !Double.isFinite(r.bestShare()) || !Double.isFinite(r.regretMean());
            out.printf(Locale.ROOT, "%-28s %-24s %-26s %s / %s %s%n", Printable.of(r.outcome().label()),
                    Printable.of(r.policy()), best, shown(r.regretMean()), shown(r.regretP90()), r.outcome().unit());
        }
        if (missing) {
            out.printf("%s: the outcome has no value at any point for some policy (no flow to share, say)%n", Missing.NA);
        }
    }

    /**
     * How much of the second policy's difference is replication noise; with one replication, that it cannot be told
     * apart, in one line before anything that rests on the difference.
     */
    void noise(Map<String, List<Map<Metric, Double>>> outcomes, Outcome o) {
        String of = Printable.of(SensitivityRow.difference(e, 1));
        if (replications < 2) {
            out.printf("%s: with 1 replication per " + unit + ", replication noise cannot be told apart from the effect of "
                    + "the uncertainties; every share, regret, box and index of the difference below includes it "
                    + "(run -r 2 or more to measure it)%n", of);
            return;
        }
        double share = ReplicationNoise.share(e, outcomes, o, 1);
        out.printf(Locale.ROOT, "%s on %s: replication noise makes up %s of its variance over the " + unit + "s (%d "
                + "replications per " + unit + "); it adds about as much to every total index and weakens every correlation%n",
                of, o.label(), Double.isFinite(share) ? String.format(Locale.ROOT, "%.0f%%", 100 * share)
                        : "n/a (no spread over the points)", replications);
    }

    /** In words: how often the second policy does worse, and the box PRIM reports, bound by bound. */
    void discovery(Discovery d) {
        int n = e.points();
        double[] share = Statistics.shareCi(d.count(), n);
        out.printf(Locale.ROOT, "%s %s than %s on %s at %.0f%% of %d %ss (95%% CI %.0f-%.0f%%)%n",
                Printable.of(e.policies().get(1)), d.worse(), Printable.of(e.policies().get(0)), d.outcome().label(),
                100 * share[0], n, unit, 100 * share[1], 100 * share[2]);
        if (d.count() == 0) {
            out.println("  there is no region to describe");
            return;
        }
        List<PrimCut> kept = d.reportedCuts();
        out.printf(Locale.ROOT, "  PRIM's box: %d " + unit + "s, %d of them cases: coverage %.2f, density %.2f (prim.csv, "
                + "prim_cuts.csv)%s%n", d.reported().points(), d.reported().cases(), d.reported().coverage(),
                d.reported().density(), kept.isEmpty() ? "; the points support no bound (every quasi-p above 0.05): "
                        + "the cases do not gather in a box" : "; its bounds, each with its quasi-p and the share of "
                        + Discovery.RESAMPLES + " bootstrap resamples whose box has it:");
        for (PrimCut c : kept) {
            out.printf(Locale.ROOT, "    %s  quasi-p %s  bootstrap %.0f%%%n", bound(c), p(c.quasiP()),
                    100 * c.bootstrapShare());
        }
        for (PrimCut c : d.cuts()) {
            if (c.bounds() && !c.reported()) {
                out.printf(Locale.ROOT, "    dropped: %s  quasi-p %s, above 0.05%n", bound(c), p(c.quasiP()));
            }
        }
        for (PrimCut c : d.cuts()) {
            if (!c.reported() && c.bootstrapShare() >= OFTEN) {
                out.printf(Locale.ROOT, "    not in the box but in %.0f%% of bootstrap boxes: %s %s%n",
                        100 * c.bootstrapShare(), Printable.of(e.dimensions().get(c.uncertainty()).name()),
                        c.atLeast() ? "bounded from below" : "bounded from above");
            }
        }
    }

    /**
     * In words: the three uncertainties the policy difference depends on most, by the design's ranking measure, and
     * how far the measures moved from half the design to all of it; with one replication, not said.
     */
    void sensitivity(List<SensitivityRow> rows, Outcome o) {
        String of = SensitivityRow.difference(e, 1);
        List<SensitivityRow> ranking = SensitivityRow.ranking(e, rows, o);
        if (ranking.isEmpty()) {
            return;
        }
        String[] measure = switch (ranking.get(0).measure().name()) {
            case "total_order" -> new String[] {"total Sobol index", "rows",
                    "a Sobol index needs the difference to vary over the rows, and its interval 2 rows"};
            case "mu_star" -> new String[] {"Morris mu*", "trajectories",
                    "Morris's mu* needs a trajectory with values, and its interval 2 trajectories"};
            default -> new String[] {"Spearman rank correlation", unit + "s",
                    "a rank correlation needs 3 " + unit + "s with values that vary, and its interval 4 " + unit + "s"};
        };
        if (replications >= 2) {
            List<SensitivityRow> known = ranking.stream().filter(r -> Double.isFinite(r.measure().value())).toList();
            if (known.isEmpty()) {
                out.printf(Locale.ROOT, "%s on %s: which uncertainty it depends on most is %s by %s over %d %s (%s; "
                        + "sensitivity.csv)%n", Printable.of(of), o.label(), Missing.NA, measure[0],
                        ranking.get(0).measure().units(), measure[1], measure[2]);
                return;
            }
            StringBuilder top = new StringBuilder();
            boolean noInterval = false;
            for (SensitivityRow r : known.subList(0, Math.min(3, known.size()))) {
                noInterval |= !Double.isFinite(r.measure().low()) || !Double.isFinite(r.measure().high());
                top.append(top.length() > 0 ? ", " : "").append(String.format(Locale.ROOT, "%s (%s, CI %s to %s)",
                        e.dimensions().get(r.measure().uncertainty()).name(), shown(r.measure().value()),
                        shown(r.measure().low()), shown(r.measure().high())));
            }
            if (noInterval) {
                top.append("; CI ").append(Missing.NA).append(": ").append(measure[2]);
            }
            out.printf(Locale.ROOT, "%s on %s depends most on %s, by %s over %d %s (sensitivity.csv)%n",
                    Printable.of(of), o.label(), top, measure[0], ranking.get(0).measure().units(), measure[1]);
        }
        convergence(rows, o, of, measure[1]);
    }

    /** For Sobol and Morris designs: the largest change of a measure of the difference between half the units and all. */
    private void convergence(List<SensitivityRow> rows, Outcome o, String of, String units) {
        SensitivityRow moved = null;
        for (SensitivityRow r : rows) {
            boolean shown = r.measure().name().endsWith("_order") || r.measure().name().equals("mu_star");
            if (r.outcome() == o && r.of().equals(of) && shown && Double.isFinite(r.measure().atHalf())
                    && Double.isFinite(r.measure().value()) && (moved == null || change(r) > change(moved))) {
                moved = r;
            }
        }
        if (moved == null) {
            return;
        }
        String name = e.dimensions().get(moved.measure().uncertainty()).name() + (moved.measure().partner() < 0 ? ""
                : " with " + e.dimensions().get(moved.measure().partner()).name());
        out.printf(Locale.ROOT, "convergence: from the first %d %s to all %d, no %s of %s on %s moved by more than "
                        + "%s (%s of %s: %s to %s; value_at_half in sensitivity.csv)%n", moved.measure().units() / 2,
                units, moved.measure().units(), units.equals("rows") ? "index" : "mu*", Printable.of(of), o.label(),
                shown(change(moved)), moved.measure().name(), Printable.of(name), shown(moved.measure().atHalf()),
                shown(moved.measure().value()));
    }

    private static double change(SensitivityRow r) {
        return Math.abs(r.measure().value() - r.measure().atHalf());
    }

    private String bound(PrimCut c) {
        return Printable.of(e.dimensions().get(c.uncertainty()).name()) + (c.atLeast() ? " >= " : " <= ")
                + Discovery.shown(c.bound());
    }

    private static String p(double p) {
        return p < 0.001 ? "<0.001" : String.format(Locale.ROOT, "%.3f", p);
    }

    /** Three significant digits, or "n/a" where there is no value. */
    static String shown(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%.3g", v) : "n/a";
    }
}
