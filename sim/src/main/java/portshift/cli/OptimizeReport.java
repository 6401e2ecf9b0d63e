package portshift.cli;

import java.util.List;
import java.util.Locale;

import portshift.optimize.Confirmation;
import portshift.optimize.Objective;

/** The printed summary of an optimization: the optimum and the baselines on fresh seeds, and the gains. */
final class OptimizeReport {
    private OptimizeReport() {
    }

    static String render(Objective objective, List<Confirmation.Row> rows, int searched, int points, int replications,
                         int confirm) {
        StringBuilder out = new StringBuilder();
        String unit = objective.outcome().unit();
        out.append(String.format(Locale.ROOT, "%s; %d allocations searched (%d point%s x %d replications each); "
                        + "below, run again on %d fresh seeds%n", objective.describe(), searched, points,
                points == 1 ? "" : "s", replications, confirm));
        String format = "%-42s %12s  %-23s %14s  %-23s %s%n";
        out.append(String.format(Locale.ROOT, format, "allocation", Double.isNaN(objective.quantile()) ? "mean"
                : "quantile", "95% CI", "optimum's gain", "95% CI", ""));
        for (Confirmation.Row r : rows) {
            boolean optimum = Double.isNaN(r.gain());
            out.append(String.format(Locale.ROOT, format, cut(r.name()), num(r.mean()),
                    "[" + num(r.low()) + ", " + num(r.high()) + "]", optimum ? "" : num(r.gain()),
                    optimum ? "" : "[" + num(r.gainLow()) + ", " + num(r.gainHigh()) + "]",
                    optimum ? "" : r.significant() ? "*" : ""));
        }
        out.append("optimum: ").append(rows.get(0).allocation().label()).append('\n');
        out.append("gain: how much better the optimum does than the baseline, in ").append(unit)
                .append(", paired on the same fresh seeds; * its 95% CI clears 0");
        out.append(Double.isNaN(objective.quantile()) ? "\n" : String.format(Locale.ROOT, "; per seed, the %.0f%% "
                + "worst-case quantile over the points, as the search judged%n", 100 * objective.quantile()));
        return out.toString();
    }

    private static String cut(String s) {
        return s.length() > 42 ? s.substring(0, 41) + "…" : s;
    }

    private static String num(double v) {
        return portshift.report.ComparisonTable.num(v);
    }
}
