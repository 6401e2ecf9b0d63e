package portshift.evidence;

import java.util.List;
import java.util.Locale;

import portshift.scenario.Dimension;
import portshift.scenario.TargetKind;

/**
 * The calibration's fit per target: printed, as fit.csv, and as the fit table of docs/validation.md (the block between
 * {@code <!-- calibration-fit -->} and {@code <!-- /calibration-fit -->}, pasted from fit.md).
 */
public final class FitTable {
    public static final List<String> COLUMNS = List.of("target", "kind", "model", "reported", "low", "high", "reference",
            "ratio", "within_x1.5", "met", "loss_term", "source");

    private FitTable() {
    }

    /**
     * fit.csv: per target, the model's figure; the reported figure (a point's value, a rank's rank) or the range;
     * the reference it was compared with (a point's value, the figure its rank needs); model / reference; for a
     * single port's point target whether that ratio is within x1.5; for ranges, bounds and ranks whether they are
     * met; and the target's term of the loss.
     */
    public static String csv(List<TargetFit> fit) {
        StringBuilder out = new StringBuilder(String.join(",", COLUMNS)).append('\n');
        for (TargetFit f : fit) {
            Target t = f.target();
            out.append(String.join(",", t.name(), t.kind().name().toLowerCase(Locale.ROOT), num(f.model()),
                    num(t.value()), num(t.kind() == TargetKind.UPPER ? Double.NaN : t.low()), num(t.high()),
                    num(f.reference()), num(f.ratio()), flag(f.withinFactor()), flag(f.met()), num(f.term()),
                    '"' + t.source().replace("\"", "\"\"") + '"')).append('\n');
        }
        return out.toString();
    }

    /** The fit table of docs/validation.md. */
    public static String markdown(List<TargetFit> fit) {
        StringBuilder out = new StringBuilder("| target | model | reported | ratio | within x1.5 or met |\n"
                + "|---|---|---|---|---|\n");
        for (TargetFit f : fit) {
            Boolean ok = f.withinFactor() != null ? f.withinFactor() : f.met();
            out.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %s |\n", f.target().name(), shown(f.model()),
                    reported(f.target()), Double.isFinite(f.ratio()) ? String.format(Locale.ROOT, "%.2f", f.ratio()) : "",
                    ok == null ? "" : ok ? "yes" : "no"));
        }
        return out.toString();
    }

    /** The table of fitted parameters of docs/validation.md: each with its paths, bounds, start and fitted value. */
    public static String markdown(List<Dimension> parameters, double[] start, java.util.Map<String, Double> fitted) {
        StringBuilder out = new StringBuilder("| parameter | searched | start | fitted |\n|---|---|---|---|\n");
        for (int i = 0; i < parameters.size(); i++) {
            Dimension p = parameters.get(i);
            out.append(String.format(Locale.ROOT, "| `%s` (%s%s%s) | [%s, %s] | %.4g | %.4g |\n", p.name(),
                    String.join(" ", p.paths()), p.factor() ? ", a factor" : "", p.log() ? ", log scale" : "",
                    plain(p.low()), plain(p.high()), start[i], fitted.get(p.name())));
        }
        return out.toString();
    }

    /** The printed table. */
    public static String render(List<TargetFit> fit) {
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%-28s %10s %14s %7s %6s %9s%n", "target",
                "model", "reported", "ratio", "ok", "loss"));
        for (TargetFit f : fit) {
            Boolean ok = f.withinFactor() != null ? f.withinFactor() : f.met();
            out.append(String.format(Locale.ROOT, "%-28s %10s %14s %7s %6s %9.3f%n", f.target().name(), shown(f.model()),
                    reported(f.target()), Double.isFinite(f.ratio()) ? String.format(Locale.ROOT, "%.2f", f.ratio()) : "",
                    ok == null ? "" : ok ? "yes" : "no", f.term()));
        }
        return out.toString();
    }

    /** What was reported, in the table's words: a figure, a range, a bound or a rank. */
    static String reported(Target t) {
        return switch (t.kind()) {
            case POINT -> shown(t.value());
            case RANGE -> "[" + shown(t.low()) + ", " + shown(t.high()) + "]";
            case UPPER -> "<= " + shown(t.high());
            case RANK -> "rank <= " + (int) t.value();
        };
    }

    private static String shown(double v) {
        return Math.abs(v) >= 10 ? String.format(Locale.ROOT, "%.1f", v) : String.format(Locale.ROOT, "%.3f", v);
    }

    private static String plain(double v) {
        return java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }

    private static String num(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%.6f", v) : "";
    }

    private static String flag(Boolean b) {
        return b == null ? "" : b.toString();
    }
}
