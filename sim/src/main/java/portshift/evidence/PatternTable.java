package portshift.evidence;

import java.util.List;
import java.util.Locale;

import portshift.analysis.Missing;

/**
 * The pattern table: printed, as patterns.csv, and as the Markdown table of docs/validation.md (the block between
 * {@code <!-- pattern-table -->} and {@code <!-- /pattern-table -->}, pasted from patterns.md).
 */
public final class PatternTable {
    public static final List<String> COLUMNS = List.of("number", "pattern", "uses_calibration_data", "measure",
            "expected", "rule", "observed_mean", "ci95_low", "ci95_high", "detail", "pass");

    private PatternTable() {
    }

    public static String render(List<PatternResult> rows, int replications) {
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT,
                "Pattern-oriented validation of the default world: %d replications per variant, 2023-2027%n"
                        + "A pattern passes when the 95%% confidence interval of each of its measures clears its threshold.%n%n",
                replications));
        for (PatternResult r : rows) {
            out.append(String.format(Locale.ROOT, "%d. %-74s %s%n", r.number(), r.pattern(), r.pass() ? "PASS" : "FAIL"));
            out.append("   measured: ").append(r.measure()).append('\n');
            out.append("   expected: ").append(r.expected()).append('\n');
            out.append("   rule:     ").append(r.rule()).append('\n');
            out.append(String.format(Locale.ROOT, "   observed: %s, 95%% CI %s; %s%n",
                    Missing.or(r.observed(), "%.3f", "no replication gave the measure a value"), Double.isFinite(r.ciLow())
                            ? String.format(Locale.ROOT, "[%.3f, %.3f]", r.ciLow(), r.ciHigh()) : Missing.NA, r.detail()));
            out.append("   uses data the calibration saw: ").append(r.usesCalibrationData() ? "yes" : "no").append('\n');
        }
        long passed = rows.stream().filter(PatternResult::pass).count();
        out.append(String.format(Locale.ROOT, "%n%d of %d patterns pass%n", passed, rows.size()));
        return out.toString();
    }

    public static String csv(List<PatternResult> rows) {
        StringBuilder out = new StringBuilder(String.join(",", COLUMNS)).append('\n');
        for (PatternResult r : rows) {
            out.append(r.number()).append(',').append(q(r.pattern())).append(',').append(r.usesCalibrationData())
                    .append(',').append(q(r.measure())).append(',').append(q(r.expected())).append(',')
                    .append(q(r.rule())).append(',').append(num(r.observed())).append(',').append(num(r.ciLow()))
                    .append(',').append(num(r.ciHigh())).append(',').append(q(r.detail())).append(',').append(r.pass())
                    .append('\n');
        }
        return out.toString();
    }

    /** The table of docs/validation.md's results section. */
    public static String markdown(List<PatternResult> rows) {
        StringBuilder out = new StringBuilder("| # | pattern | uses calibration data | rule (95% CI) | observed (mean, 95% CI) "
                + "| other figures | result |\n|---|---|---|---|---|---|---|\n");
        for (PatternResult r : rows) {
            out.append(String.format(Locale.ROOT, "| %d | %s | %s | %s | %.3f [%.3f, %.3f] | %s | %s |\n", r.number(),
                    cell(r.pattern()), r.usesCalibrationData() ? "yes" : "no", cell(r.rule()), r.observed(), r.ciLow(),
                    r.ciHigh(), cell(r.detail()), r.pass() ? "PASS" : "FAIL"));
        }
        return out.toString();
    }

    private static String cell(String s) {
        return s.replace("|", "\\|").replace("\n", " ");
    }

    private static String q(String s) {
        return '"' + s.replace("\"", "\"\"") + '"';
    }

    private static String num(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%.6f", v) : "";
    }
}
