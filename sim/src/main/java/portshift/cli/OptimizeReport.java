package portshift.cli;

import java.util.List;
import java.util.Locale;

import portshift.optimize.Confirmation;
import portshift.optimize.Objective;

/**
 * The printed summary of an optimization: the optimum, the baselines and the input scenario on fresh seeds, the
 * optimum's gain over each and each allocation's gain over the input, then in words every gain that does not clear 0.
 */
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
        String format = "%-42s %12s  %-23s %14s  %-23s %1s %14s  %-23s %s%n";
        out.append(String.format(Locale.ROOT, format, "allocation", Double.isNaN(objective.quantile()) ? "mean"
                : "quantile", "95% CI", "optimum's gain", "95% CI", "", "gain vs input", "95% CI", ""));
        for (Confirmation.Row r : rows) {
            out.append(String.format(Locale.ROOT, format, cut(r.name()), num(r.mean()),
                    "[" + num(r.low()) + ", " + num(r.high()) + "]", gain(r.optimumGain()), interval(r.optimumGain()),
                    mark(r.optimumGain()), gain(r.overInput()), interval(r.overInput()), mark(r.overInput())));
        }
        out.append("optimum: ").append(rows.get(0).allocation().label()).append('\n');
        out.append("gains in ").append(unit).append(", positive where the first does better, paired on the same fresh "
                + "seeds: the optimum's over each row, and each row's over the input scenario (nothing added); * its 95% "
                + "CI clears 0");
        out.append(Double.isNaN(objective.quantile()) ? "\n" : String.format(Locale.ROOT, "; per seed, the %.0f%% "
                + "worst-case quantile over the points, as the search judged%n", 100 * objective.quantile()));
        for (Confirmation.Row r : rows) {
            if (r.overInput().exists() && !r.overInput().clearsZero()) {
                out.append(String.format(Locale.ROOT, "%s does not do better than the input scenario on %d fresh seeds: "
                        + "its gain, %s %s (95%% CI %s to %s), does not clear 0%n", r.name().equals("optimum")
                        ? "the optimum" : "\"" + r.name() + "\"", confirm, num(r.overInput().mean()), unit,
                        num(r.overInput().low()), num(r.overInput().high())));
            }
        }
        for (Confirmation.Row r : rows) {
            if (r.optimumGain().exists() && !r.optimumGain().clearsZero()) {
                out.append(String.format(Locale.ROOT, "the optimum is not shown better than %s on %d fresh seeds: its "
                        + "gain, %s %s (95%% CI %s to %s), does not clear 0%n", r.name().equals(Confirmation.INPUT)
                        ? "the input scenario" : "\"" + r.name() + "\"", confirm, num(r.optimumGain().mean()), unit,
                        num(r.optimumGain().low()), num(r.optimumGain().high())));
            }
        }
        return out.toString();
    }

    private static String gain(Confirmation.Gain g) {
        return g.exists() ? num(g.mean()) : "";
    }

    private static String interval(Confirmation.Gain g) {
        return g.exists() ? "[" + num(g.low()) + ", " + num(g.high()) + "]" : "";
    }

    private static String mark(Confirmation.Gain g) {
        return g.exists() && g.clearsZero() ? "*" : "";
    }

    private static String cut(String s) {
        return s.length() > 42 ? s.substring(0, 41) + "…" : s;
    }

    private static String num(double v) {
        return portshift.report.ComparisonTable.num(v);
    }
}
