package portshift.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import portshift.analysis.Metric;
import portshift.analysis.MetricComparison;
import portshift.analysis.Outcome;
import portshift.analysis.PairedDifference;

/** The comparison as an aligned table with units, A against B, the difference and its interval. */
public final class ComparisonTable {
    private ComparisonTable() {
    }

    public static String render(String a, String b, int replications, List<MetricComparison> rows) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "A = %s, B = %s: %d replications each, paired by seed (common random "
                + "numbers); yearly figures after the warm-up%n", a, b, replications));
        String format = "%-34s %-18s %10s %10s %10s  %-23s %8s %s%n";
        out.append(String.format(Locale.ROOT, format, "outcome", "unit", "A", "B", "B - A", "95% CI of B - A", "p",
                ""));
        boolean fewerPairs = false;
        boolean anyFixed = false;
        for (MetricComparison m : rows) {
            String ci = m.fixed() ? "fixed" : m.compared() ? "[" + num(m.ciLow()) + ", " + num(m.ciHigh()) + "]" : "";
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
            out.append(String.format(Locale.ROOT, format, label(m.metric()), m.metric().unit(), num(m.meanA()),
                    num(m.meanB()), m.compared() ? num(m.meanDifference()) : "", ci, pValue(m.p()),
                    mark.stripTrailing()));
        }
        out.append("* significant at 5%: paired t-test on B - A replication by replication, or the Wilcoxon "
                + "signed-rank test (S-R) where those differences are skewed (|skewness| > 1)\n");
        if (anyFixed) {
            out.append("fixed: B - A is the same in every pair, so there is no sampling error to test\n");
        }
        if (fewerPairs) {
            out.append("N pairs: the replications where both A and B have a value (the means are over these)\n");
        }
        out.append(Outcome.WDQ.column()).append(": ").append(Outcome.WDQ.label()).append(" of an intervention; "
                + "below 0 its flow was displaced to other ports, above 0 the benefit spread\n");
        return out.toString();
    }

    /** The metric's label, cut to the width of the outcome column. */
    static String label(Metric metric) {
        String l = metric.label();
        return l.length() > 34 ? l.substring(0, 33) + "…" : l;
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
