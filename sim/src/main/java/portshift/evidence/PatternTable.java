package portshift.evidence;

import java.util.List;
import java.util.Locale;

/** The pattern table, printed and as patterns.csv. */
public final class PatternTable {
    private PatternTable() {
    }

    public static String render(List<PatternResult> rows, int replications) {
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT,
                "Pattern-oriented validation of the default world: %d replications per variant, 2023-2027%n%n", replications));
        for (PatternResult r : rows) {
            out.append(String.format(Locale.ROOT, "%d. %-74s %s%n", r.number(), r.pattern(), r.pass() ? "PASS" : "FAIL"));
            out.append("   measured: ").append(r.measure()).append('\n');
            out.append("   expected: ").append(r.expected()).append('\n');
            out.append(String.format(Locale.ROOT, "   observed: %.3f, 95%% CI [%.3f, %.3f]; %s%n", r.observed(), r.ciLow(),
                    r.ciHigh(), r.detail()));
        }
        long passed = rows.stream().filter(PatternResult::pass).count();
        out.append(String.format(Locale.ROOT, "%n%d of %d patterns pass%n", passed, rows.size()));
        return out.toString();
    }

    public static String csv(List<PatternResult> rows) {
        StringBuilder out = new StringBuilder("number,pattern,measure,expected,observed_mean,ci95_low,ci95_high,detail,pass\n");
        for (PatternResult r : rows) {
            out.append(r.number()).append(',').append(q(r.pattern())).append(',').append(q(r.measure())).append(',')
                    .append(q(r.expected())).append(',').append(num(r.observed())).append(',').append(num(r.ciLow()))
                    .append(',').append(num(r.ciHigh())).append(',').append(q(r.detail())).append(',').append(r.pass())
                    .append('\n');
        }
        return out.toString();
    }

    private static String q(String s) {
        return '"' + s.replace("\"", "\"\"") + '"';
    }

    private static String num(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%.6f", v) : "";
    }
}
