package portshift.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import portshift.analysis.Missing;
import portshift.explore.AcrossWorlds;
import portshift.explore.Exploration;
import portshift.explore.Forecast;
import portshift.model.PortMeasure;

/** The printed summary of an answer over worlds: each policy against the first, and the forecast change per port. */
final class WorldsReport {
    private WorldsReport() {
    }

    /** Per judged outcome and policy: its mean over the worlds, the first's, the mean difference and where it does better. */
    static void across(PrintWriter out, Exploration e, List<AcrossWorlds> rows) {
        out.printf(Locale.ROOT, "over the worlds, each world's value the mean of its replications and each world weighed "
                + "the same (across_worlds.csv):%n");
        String first = "vs " + cut(e.policies().get(0));
        out.printf(Locale.ROOT, "%-28s %-20s %-22s %-9s %-25s %-32s %s%n", "outcome", "unit", "policy", "mean", first,
                "difference (95% CI)", "better in (95% CI)");
        for (AcrossWorlds r : rows) {
            out.printf(Locale.ROOT, "%-28s %-20s %-22s %-9s %-25s %-32s %s of %d worlds (%s)%n",
                    Printable.of(r.outcome().label()), r.outcome().unit(), cut(r.policy()), ExploreReport.shown(r.policyMean()),
                    ExploreReport.shown(r.versusMean()), String.format(Locale.ROOT, "%s (%s to %s)%s",
                            signed(r.difference().mean()), signed(r.difference().ciLow()),
                            signed(r.difference().ciHigh()), r.clearsZero() ? "" : " ~0"),
                    percent(r.better()[0]), r.worlds(), Double.isFinite(r.better()[1]) ? percent(r.better()[1]) + "-"
                            + percent(r.better()[2]) : Missing.NA);
        }
        if (rows.stream().anyMatch(r -> !r.clearsZero())) {
            out.printf("~0: the interval holds 0, so the mean difference over the worlds is not shown to differ from 0%n");
        }
    }

    /**
     * Per policy and port with traffic, the kilograms seized, delivered and attempted in the first year, as tonnes, and
     * their change to the next: the median over the worlds with the 5-95% interval.
     */
    static void change(PrintWriter out, int worlds, List<Forecast.Change> changes) {
        if (changes.isEmpty()) {
            return;
        }
        int from = changes.get(0).from();
        Map<String, Map<PortMeasure, Forecast.Change>> byPort = new LinkedHashMap<>();
        for (Forecast.Change c : changes) {
            byPort.computeIfAbsent(c.policy() + "\u0000" + c.port(), k -> new LinkedHashMap<>()).put(c.measure(), c);
        }
        out.printf(Locale.ROOT, "change from %d to %d per port over %d worlds, t: median (5-95%%), world by world "
                + "(change.csv; each year's figures: forecast.csv)%n", from, from + 1, worlds);
        List<String> header = new ArrayList<>(List.of("policy", "port"));
        for (PortMeasure m : Forecast.MEASURES) {
            header.add(m.column().replace("_kg", ""));
        }
        out.printf(Locale.ROOT, "%-22s %-14s %-26s %-26s %-26s%n", header.toArray());
        for (Map<PortMeasure, Forecast.Change> row : byPort.values()) {
            Forecast.Change attempted = row.get(PortMeasure.ATTEMPTED_KG);
            if (row.values().stream().allMatch(c -> Math.abs(c.spread().p05()) < 1000
                    && Math.abs(c.spread().p95()) < 1000)) {
                continue;
            }
            List<Object> cells = new ArrayList<>(List.of(cut(attempted.policy()), Printable.of(attempted.port())));
            for (PortMeasure m : Forecast.MEASURES) {
                Forecast.Change c = row.get(m);
                cells.add(String.format(Locale.ROOT, "%s (%s to %s)", tonnes(c.spread().median()),
                        tonnes(c.spread().p05()), tonnes(c.spread().p95())));
            }
            out.printf(Locale.ROOT, "%-22s %-14s %-26s %-26s %-26s%n", cells.toArray());
        }
        out.printf("left out: ports where every change's 5-95%% interval lies within 1 t of 0%n");
    }

    private static String tonnes(double kg) {
        return Double.isFinite(kg) ? String.format(Locale.ROOT, "%+.1f", kg / 1000) : Missing.NA;
    }

    private static String signed(double v) {
        return Double.isFinite(v) ? (v > 0 ? "+" : "") + ExploreReport.shown(v) : Missing.NA;
    }

    private static String percent(double share) {
        return Double.isFinite(share) ? String.format(Locale.ROOT, "%.0f%%", 100 * share) : Missing.NA;
    }

    private static String cut(String name) {
        String p = Printable.of(name);
        return p.length() <= 22 ? p : p.substring(0, 21) + "~";
    }
}
