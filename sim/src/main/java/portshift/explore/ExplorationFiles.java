package portshift.explore;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import portshift.analysis.Metric;
import portshift.analysis.Outcome;
import portshift.experiment.Csv;
import portshift.scenario.Dimension;

/** The tidy tables of an exploration: every run, every point's policy means and differences, and robustness. */
public final class ExplorationFiles {
    private ExplorationFiles() {
    }

    /** The whole-run outcomes the runs report, in their declared order. */
    static List<Outcome> reported(Map<String, List<Map<Metric, Double>>> outcomes) {
        List<Outcome> out = new ArrayList<>();
        for (Outcome o : Outcome.values()) {
            boolean any = outcomes.values().stream().flatMap(List::stream).anyMatch(m -> m.containsKey(Metric.of(o)));
            if (any) {
                out.add(o);
            }
        }
        return out;
    }

    private static List<String> header(Exploration e, String... first) {
        List<String> columns = new ArrayList<>(List.of(first));
        columns.addAll(e.columns());
        return columns;
    }

    /** experiments.csv: one row per point, policy and replication, with the sampled values and the outcomes. */
    public static String experiments(Exploration e, Map<String, List<Map<Metric, Double>>> outcomes, List<Long> seeds) {
        List<Outcome> columns = reported(outcomes);
        List<String> head = header(e, "point", "policy", "replication", "seed");
        columns.forEach(o -> head.add(o.column()));
        Csv csv = new Csv().header(head);
        for (int i = 0; i < e.points(); i++) {
            for (int p = 0; p < e.policies().size(); p++) {
                List<Map<Metric, Double>> reps = outcomes.get(e.variant(i, p).name());
                for (int r = 0; r < reps.size(); r++) {
                    List<Object> row = new ArrayList<>(List.of(e.numbers()[i], e.policies().get(p), r, seeds.get(r)));
                    for (double v : e.values()[i]) {
                        row.add(v);
                    }
                    for (Outcome o : columns) {
                        Double v = reps.get(r).get(Metric.of(o));
                        row.add(v == null ? Double.NaN : v);
                    }
                    csv.row(row.toArray());
                }
            }
        }
        return csv.toString();
    }

    /**
     * points.csv: per point, outcome and policy, the mean over replications and its difference from the first
     * policy's mean at the same point.
     */
    public static String points(Exploration e, Map<String, List<Map<Metric, Double>>> outcomes) {
        List<String> head = header(e, "point");
        head.addAll(List.of("outcome", "unit", "policy", "mean", "difference"));
        Csv csv = new Csv().header(head);
        for (Outcome o : reported(outcomes)) {
            double[][] means = Robustness.means(e, outcomes, o);
            for (int i = 0; i < e.points(); i++) {
                for (int p = 0; p < e.policies().size(); p++) {
                    List<Object> row = new ArrayList<>(List.of(e.numbers()[i]));
                    for (double v : e.values()[i]) {
                        row.add(v);
                    }
                    row.addAll(List.of(o.column(), o.unit(), e.policies().get(p), means[p][i], means[p][i] - means[0][i]));
                    csv.row(row.toArray());
                }
            }
        }
        return csv.toString();
    }

    /** robustness.csv: per judged outcome and policy, the share of points where it is best and its regret. */
    public static String robustness(List<Robustness.Row> rows) {
        Csv csv = new Csv().header(List.of("outcome", "unit", "better", "policy", "points", "best_share", "best_low",
                "best_high", "regret_mean", "regret_p90"));
        for (Robustness.Row r : rows) {
            csv.row(r.outcome().column(), r.outcome().unit(), r.outcome().better().name().toLowerCase(java.util.Locale.ROOT),
                    r.policy(), r.points(), r.bestShare(), r.bestLow(), r.bestHigh(), r.regretMean(), r.regretP90());
        }
        return csv.toString();
    }

    /**
     * sensitivity.csv: per outcome, per policy and per difference from the first policy, per uncertainty (or pair of
     * uncertainties, for a second-order index) and per measure of the design (rank correlation, Morris or Sobol), its
     * value, 95% interval, the units it rests on and its value from the first half of them.
     */
    public static String sensitivity(Exploration e, List<SensitivityRow> rows) {
        Csv csv = new Csv().header(List.of("outcome", "unit", "of", "uncertainty", "with", "measure", "value", "low",
                "high", "units", "value_at_half"));
        for (SensitivityRow r : rows) {
            Sensitivity.Measure m = r.measure();
            csv.row(r.outcome().column(), r.outcome().unit(), r.of(), e.dimensions().get(m.uncertainty()).name(),
                    m.partner() < 0 ? "" : e.dimensions().get(m.partner()).name(), m.name(), m.value(), m.low(),
                    m.high(), m.units(), m.atHalf());
        }
        return csv.toString();
    }

    /**
     * prim.csv: the boxes of peeling, then of pasting, then the reported box, each with its coverage, density, points
     * and cases, whether pasting began from it, the outcome and threshold that define the cases, and its bounds per
     * uncertainty, both inclusive ({@code <column>_at_least} and {@code <column>_at_most}).
     */
    public static String prim(Exploration e, Discovery d) {
        List<String> head = new ArrayList<>(List.of("step", "phase", "coverage", "density", "points", "cases",
                "start_of_pasting", "outcome", "threshold"));
        for (String column : e.columns()) {
            head.add(column + "_at_least");
            head.add(column + "_at_most");
        }
        Csv csv = new Csv().header(head);
        List<Prim.Box> boxes = new ArrayList<>(d.trajectory());
        boxes.add(d.reported());
        for (Prim.Box b : boxes) {
            List<Object> row = new ArrayList<>(List.of(b.step(), b.phase().name().toLowerCase(java.util.Locale.ROOT),
                    b.coverage(), b.density(), b.points(), b.cases(), b == d.start(), d.outcome().column(),
                    d.threshold()));
            for (int j = 0; j < e.dimensions().size(); j++) {
                row.add(b.low()[j]);
                row.add(b.high()[j]);
            }
            csv.row(row.toArray());
        }
        return csv.toString();
    }

    /**
     * prim_cuts.csv: per uncertainty and side, the end of its sampled range, the pasted box's bound there (inclusive;
     * empty where the box does not bound it), the bound's quasi-p value, whether the reported box keeps it, and the
     * share of bootstrap resamples whose reported box bounds that side.
     */
    public static String primCuts(Exploration e, Discovery d) {
        Csv csv = new Csv().header(List.of("uncertainty", "column", "side", "sampled_end", "bound", "quasi_p",
                "reported", "bootstrap_share"));
        Prim.Box whole = d.trajectory().get(0);
        List<String> columns = e.columns();
        for (PrimCut c : d.cuts()) {
            int j = c.uncertainty();
            csv.row(e.dimensions().get(j).name(), columns.get(j), c.side(), c.atLeast() ? whole.low()[j]
                    : whole.high()[j], c.bound(), c.quasiP(), c.reported(), c.bootstrapShare());
        }
        return csv.toString();
    }

    /**
     * uncertainties.csv: each uncertainty with its column name in the other files, the label the figures give it, its
     * range, whether it takes whole values, its scale and its source. The column "path" holds the entry's key: its
     * path, or the name of one declared with paths.
     */
    public static String uncertainties(Exploration e) {
        Csv csv = new Csv().header(List.of("path", "column", "label", "low", "high", "whole", "scale", "source"));
        List<String> columns = e.columns();
        List<String> labels = e.labels();
        for (int j = 0; j < e.dimensions().size(); j++) {
            Dimension d = e.dimensions().get(j);
            csv.row(d.name(), columns.get(j), labels.get(j), d.low(), d.high(), d.whole(), d.scale(), d.source());
        }
        return csv.toString();
    }
}
