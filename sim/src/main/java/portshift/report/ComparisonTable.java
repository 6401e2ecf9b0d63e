package portshift.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import portshift.analysis.Metric;
import portshift.analysis.MetricComparison;
import portshift.analysis.Outcome;
import portshift.analysis.PairedDifference;
import portshift.brief.Sentences;
import portshift.brief.Verdict;

/** The comparison as an aligned table with units, A against B, the difference and its interval. */
public final class ComparisonTable {
    private ComparisonTable() {
    }

    public static String render(String a, String b, int replications, List<MetricComparison> rows) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "A = %s, B = %s: %d replications each, paired by seed (common random "
                + "numbers); yearly figures after the warm-up%n", a, b, replications));
        int width = Math.max(34, rows.stream().mapToInt(m -> m.metric().label().length()).max().orElse(0));
        String format = "%-" + width + "s %-18s %10s %10s %10s  %-23s %9s  %-22s %8s %s%n";
        out.append(String.format(Locale.ROOT, format, "outcome", "unit", "A", "B", "B - A", "95% CI of B - A",
                "change", "verdict", "p", ""));
        boolean fewerPairs = false;
        boolean anyFixed = false;
        boolean anyShare = false;
        for (MetricComparison m : rows) {
            Verdict v = Verdict.of(m);
            boolean share = v.share();
            anyShare |= share;
            String ci = m.fixed() ? "fixed" : m.compared() ? "[" + shown(m.ciLow(), share, true) + ", "
                    + shown(m.ciHigh(), share, true) + "]" : "";
            anyFixed |= m.fixed();
            List<String> notes = new ArrayList<>();
            if (m.compared() && m.difference().test() == PairedDifference.Test.SIGNED_RANK) {
                notes.add("S-R");
            }
            if (m.compared() && m.pairs() < replications) {
                notes.add(m.pairs() + " pairs");
                fewerPairs = true;
            }
            String mark = (m.significant() ? "*" : " ")
                    + (notes.isEmpty() ? "" : " (" + String.join(", ", notes) + ")");
            String change = !m.compared() ? "" : share ? shown(m.meanDifference(), true, true)
                    : Double.isFinite(v.percent()) ? String.format(Locale.ROOT, "%+.1f%%", v.percent()) : "";
            out.append(String.format(Locale.ROOT, format, m.metric().label(), share ? "% of the flow" : m.metric().unit(),
                    shown(m.meanA(), share, false), shown(m.meanB(), share, false),
                    m.compared() ? shown(m.meanDifference(), share, true) : "", ci, change,
                    m.compared() ? v.judgement().words() : "", pValue(m.p()), mark.stripTrailing()));
        }
        out.append("* significant at 5%: paired t-test on B - A replication by replication, or the Wilcoxon "
                + "signed-rank test (S-R) where those differences are skewed (|skewness| > 1)\n");
        out.append("verdict: better or worse for B by the outcome's declared better direction where B - A is "
                + "significant (*); no clear difference where it is not\n");
        if (anyShare) {
            out.append("shares of the flow in %; their differences in percentage points (pts)\n");
        }
        if (anyFixed) {
            out.append("fixed: B - A is the same in every pair, so there is no sampling error to test: set by the "
                    + "scenario\n");
        }
        if (fewerPairs) {
            out.append("N pairs: the replications where both A and B have a value (the means are over these)\n");
        }
        out.append(Outcome.WDQ.column()).append(": ").append(Outcome.WDQ.label()).append(" of an intervention; "
                + "below 0 its flow was displaced to other ports, above 0 the benefit spread\n");
        return out.toString();
    }

    /** The delivered outcome's verdict in one sentence, as the brief opens. */
    public static String inWords(String a, String b, List<MetricComparison> rows) {
        return rows.stream().filter(m -> m.metric().outcome() == Outcome.DELIVERED_EUROPE && m.compared()).findFirst()
                .map(m -> Sentences.of(Verdict.of(m), a, b) + "\n").orElse("");
    }

    /** A share as a percentage (a difference in points), anything else as {@link #num}. */
    private static String shown(double v, boolean share, boolean difference) {
        if (!share || Double.isNaN(v)) {
            return num(v);
        }
        return difference ? String.format(Locale.ROOT, "%+.1f pts", 100 * v) : String.format(Locale.ROOT, "%.1f%%",
                100 * v);
    }

    public static String num(double v) {
        if (Double.isNaN(v)) {
            return "-";
        }
        double a = Math.abs(v);
        if (a >= 1000) {
            return String.format(Locale.ROOT, "%,.0f", v);
        }
        if (a >= 100) {
            return String.format(Locale.ROOT, "%.1f", v);
        }
        if (a >= 1) {
            return String.format(Locale.ROOT, "%.2f", v);
        }
        return String.format(Locale.ROOT, "%.3f", v);
    }

    static String pValue(double p) {
        if (Double.isNaN(p)) {
            return "";
        }
        return p < 0.001 ? "<0.001" : String.format(Locale.ROOT, "%.3f", p);
    }
}
