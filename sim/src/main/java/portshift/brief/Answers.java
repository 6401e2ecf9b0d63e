package portshift.brief;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The answer on deliveries three ways, where they were run: in the calibrated world, over the plausible worlds of a
 * history match, and over the declared ranges of an exploration; a generated sentence on why they differ; and the
 * uncertainties the difference moves with most, with the sources of their ranges.
 */
final class Answers {
    private Answers() {
    }

    static void append(StringBuilder h, Brief b) {
        Verdict single = b.delivered();
        List<Spread> spreads = new ArrayList<>();
        if (b.matched() != null) {
            spreads.add(b.matched());
        }
        if (b.explored() != null) {
            spreads.add(b.explored());
        }
        h.append("<h2>How sure: one world, plausible worlds, the declared ranges</h2>\n");
        h.append("<table>\n<tr><th>answer</th><th>").append(BriefPage.esc(b.b())).append(" \u2212 ")
                .append(BriefPage.esc(b.a())).append(", delivered to Europe, t/year</th><th>where ")
                .append(BriefPage.esc(b.b())).append(" delivers less</th></tr>\n");
        h.append("<tr><td>one calibrated world, ").append(b.replications()).append(" replications</td><td>")
                .append(range(single.difference(), single.low(), single.high())).append("</td><td>")
                .append(single.clear() && single.difference() < 0 ? "here" : single.clear() ? "not here" : "unclear")
                .append("</td></tr>\n");
        for (Spread s : spreads) {
            h.append("<tr><td>").append(s.points()).append(" ").append(s.what()).append("</td><td>")
                    .append(Double.isFinite(s.low()) ? range(s.mean(), s.low(), s.high())
                            : Sentences.number(s.mean()) + " on average").append("</td><td>")
                    .append(share(s.betterShare())).append(" of them (95% CI ").append(share(s.betterLow()))
                    .append(" to ").append(share(s.betterHigh())).append(")</td></tr>\n");
        }
        h.append("</table>\n");
        if (spreads.isEmpty()) {
            h.append("<p>Only the calibrated world was run. Many other worlds may fit the 2023 record as well: run "
                    + "<code>portshift match</code>, then <code>compare --worlds</code> and <code>explore</code>, and "
                    + "give their folders to <code>portshift brief</code> to see whether the answer holds in them.</p>\n");
            return;
        }
        h.append("<p>").append(BriefPage.esc(why(single, spreads, b.b()))).append("</p>\n");
        Spread drivers = spreads.get(0);
        if (!drivers.drivers().isEmpty()) {
            h.append("<h2>What drives the answer</h2>\n<p>The uncertain quantities the difference on deliveries moves "
                    + "with most over the ").append(drivers.what()).append(" (Spearman's rank correlation, 95% CI); "
                    + "the answer rests on their ranges, whose sources follow:</p>\n<ul>\n");
            for (Spread.Driver d : drivers.drivers()) {
                h.append("<li><b>").append(BriefPage.esc(readable(d.uncertainty()))).append("</b> (")
                        .append(String.format(Locale.ROOT, "%+.2f, %+.2f to %+.2f", d.rho(), d.low(), d.high()))
                        .append("): ").append(BriefPage.esc(d.source().isEmpty() ? "no source given" : d.source()))
                        .append("</li>\n");
            }
            h.append("</ul>\n");
        }
    }

    /** Why the answers differ, from where the single world's difference falls among the points'. */
    static String why(Verdict single, List<Spread> spreads, String b) {
        StringBuilder s = new StringBuilder("The calibrated world fixes every uncertain quantity at one value; ");
        List<String> parts = new ArrayList<>();
        for (Spread x : spreads) {
            double weaker = x.shareWeaker(single.difference());
            String where = weaker >= 0.75 ? "near the end where " + b + " does most"
                    : weaker <= 0.25 ? "near the end where " + b + " does least" : "in the middle";
            parts.add("among the " + x.points() + " " + x.what() + " it lies " + where + " (" + b
                    + "'s effect on deliveries is larger there than in " + share(weaker) + " of them)");
        }
        s.append(String.join("; ", parts)).append(". ");
        boolean agree = spreads.stream().allMatch(x -> (x.betterShare() > 0.5) == (single.difference() < 0));
        s.append(agree ? "The direction of the answer is the same in every view; its size depends on the quantities "
                + "below." : "The direction of the answer is not the same in every view: read it with the quantities "
                + "below, which decide it.");
        return s.toString();
    }

    private static String range(double mean, double low, double high) {
        return Sentences.number(mean) + " (95% CI " + Sentences.number(low) + " to " + Sentences.number(high) + ")";
    }

    /** A share in percent: whole where it is, else one decimal (99.5%, not 100%). */
    private static String share(double x) {
        if (!Double.isFinite(x)) {
            return "n/a";
        }
        double p = 100 * x;
        return Math.abs(p - Math.rint(p)) < 0.05 ? String.format(Locale.ROOT, "%.0f%%", p)
                : String.format(Locale.ROOT, "%.1f%%", p);
    }

    /** An uncertainty's key in words: "supply tonnes per year COLOMBIA" for uncertainties.supply_tonnes_per_year.COLOMBIA. */
    static String readable(String key) {
        String k = key.startsWith("uncertainties.") ? key.substring("uncertainties.".length()) : key;
        return k.replace('_', ' ').replace(".", ", ");
    }
}
