package portshift.report;

import java.util.List;
import java.util.Locale;

import portshift.analysis.Metric;
import portshift.analysis.MetricComparison;
import portshift.analysis.Outcome;

/** The comparison as an aligned table with units, A against B, the difference and its interval. */
public final class ComparisonTable {
    private ComparisonTable() {
    }

    public static String render(String a, String b, int replications, List<MetricComparison> rows) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "A = %s, B = %s: %d replications each, common random numbers; "
                + "yearly figures after the warm-up%n", a, b, replications));
        String format = "%-34s %-18s %10s %10s %10s  %-23s %8s %s%n";
        out.append(String.format(Locale.ROOT, format, "outcome", "unit", "A", "B", "B - A", "95% CI of B - A", "p", ""));
        for (MetricComparison m : rows) {
            boolean compared = Double.isFinite(m.ciLow());
            String ci = compared ? "[" + num(m.ciLow()) + ", " + num(m.ciHigh()) + "]" : "";
            String mark = compared && m.significant() ? "*" + (m.skewed() ? " (M-W)" : "") : (m.skewed() ? "  (M-W)" : "");
            out.append(String.format(Locale.ROOT, format, label(m.metric()), m.metric().unit(), num(m.meanA()), num(m.meanB()),
                    compared ? num(m.difference()) : "", ci, compared ? pValue(m.p()) : "", mark));
        }
        out.append("* significant at 5% (Welch's t-test; Mann-Whitney, marked M-W, where a sample is skewed)\n");
        out.append(Outcome.WDQ.column()).append(": ").append(Outcome.WDQ.label()).append(" of an intervention; below 0 "
                + "its flow was displaced to other ports, above 0 the benefit spread\n");
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
