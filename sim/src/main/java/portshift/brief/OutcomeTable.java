package portshift.brief;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The brief's table: each outcome's value under each arm (and the status quo's, when one was run), the change in
 * percent (in percentage points for a share of the flow), its 95% interval and whether it is better, worse or not
 * clearly different, by the outcome's declared better direction; then the sentences for the outcomes that have one.
 */
final class OutcomeTable {
    private OutcomeTable() {
    }

    static void append(StringBuilder h, Brief b) {
        Map<String, Verdict> today = b.againstToday().stream()
                .collect(Collectors.toMap(Verdict::column, Function.identity(), (x, y) -> x));
        boolean sq = b.statusQuo() != null;
        h.append("<h2>Every outcome</h2>\n<table>\n<tr><th>outcome</th>");
        if (sq) {
            h.append("<th>").append(BriefPage.esc(b.statusQuo())).append(" (status quo)</th>");
        }
        h.append("<th>").append(BriefPage.esc(b.a())).append("</th><th>").append(BriefPage.esc(b.b()))
                .append("</th><th>change</th><th>95% CI of the change</th><th>verdict</th></tr>\n");
        for (Verdict v : b.verdicts()) {
            h.append("<tr><td>").append(BriefPage.esc(v.label())).append(", <span class=\"unit\">")
                    .append(BriefPage.esc(v.share() ? "% of the flow" : v.unit())).append("</span></td>");
            if (sq) {
                Verdict t = today.get(v.column());
                h.append("<td class=\"n\">").append(t == null ? "n/a" : value(v, t.meanA())).append("</td>");
            }
            h.append("<td class=\"n\">").append(value(v, v.meanA())).append("</td><td class=\"n\">")
                    .append(value(v, v.meanB())).append("</td><td class=\"n\">")
                    .append(change(v, v.difference(), v.percent())).append("</td><td class=\"n\">")
                    .append(v.fixed() ? "fixed" : change(v, v.low(), v.percentLow()) + " to "
                            + change(v, v.high(), v.percentHigh())).append("</td><td class=\"")
                    .append(v.judgement().name().toLowerCase(java.util.Locale.ROOT)).append("\">")
                    .append(mark(v.judgement())).append("</td></tr>\n");
        }
        h.append("</table>\n<p>Better or worse by each outcome's declared direction (less cocaine delivered is "
                + "better, more seized is better); \"no clear difference\" where the difference is not significant "
                + "at 5% (the paired t-test, or the signed-rank test where the differences are skewed); a "
                + "change the same in every run is set by the scenario, not estimated. Shares of the flow change by "
                + "percentage points.</p>\n<ul>\n");
        List<Verdict> judged = b.verdicts().stream().filter(v -> v.judgement() != Verdict.Judgement.DESCRIBES)
                .toList();
        for (Verdict v : judged) {
            h.append("<li>").append(BriefPage.esc(Sentences.of(v, b.a(), b.b()))).append("</li>\n");
        }
        h.append("</ul>\n");
    }

    private static String value(Verdict v, double x) {
        return v.share() ? Sentences.percent(100 * x) : Sentences.number(x);
    }

    private static String change(Verdict v, double difference, double percent) {
        if (v.share()) {
            return (difference > 0 ? "+" : difference < 0 ? "\u2212" : "") + BriefPage.fixed(Math.abs(100 * difference),
                    1) + " pts";
        }
        if (!Double.isFinite(percent)) {
            return Sentences.number(difference);
        }
        return (percent > 0 ? "+" : percent < 0 ? "\u2212" : "") + BriefPage.fixed(Math.abs(percent), 1) + "%";
    }

    private static String mark(Verdict.Judgement j) {
        return switch (j) {
            case BETTER -> "\u2714 better";
            case WORSE -> "\u2718 worse";
            case UNCLEAR -> "~ no clear difference";
            case SET -> "set by the scenario";
            case DESCRIBES -> "describes the traffic";
        };
    }
}
