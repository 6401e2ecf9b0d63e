package portshift.history;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;

import portshift.analysis.ColumnNames;
import portshift.analysis.Statistics;
import portshift.evidence.Target;
import portshift.evidence.TargetFit;
import portshift.experiment.Csv;
import portshift.explore.Worlds;
import portshift.scenario.Dimension;

/**
 * The files of a history match (docs/outputs.md, "History matching"): the waves, each wave's worlds with their
 * implausibilities, the emulators' checks, the non-implausible worlds, each uncertainty's range among them against its
 * declared range, and each target's spread over them against what was reported.
 */
public final class MatchFiles {
    private final List<Dimension> dimensions;
    private final List<Target> targets;
    private final List<String> dimensionColumns;
    private final List<String> targetColumns;

    public MatchFiles(List<Dimension> dimensions, List<Target> targets) {
        this.dimensions = dimensions;
        this.targets = targets;
        this.dimensionColumns = Worlds.columns(dimensions);
        this.targetColumns = ColumnNames.of(targets.stream().map(Target::name).toList(), new HashSet<>(dimensionColumns));
    }

    /** The uncertainties' column names (their keys as identifiers), as worlds.csv writes them. */
    public List<String> dimensionColumns() {
        return dimensionColumns;
    }

    /** waves.csv: per wave, worlds run and kept, the share ruled out, and the non-implausible share of the space. */
    public String waves(List<Wave> waves) {
        Csv csv = new Csv().header(List.of("wave", "worlds", "kept", "ruled_out_share", "candidates",
                "non_implausible_share", "emulator_within_2sd"));
        for (Wave w : waves) {
            double within = Double.NaN;
            if (w.check() != null) {
                within = Arrays.stream(w.check().withinTwo()).filter(Double::isFinite).average().orElse(Double.NaN);
            }
            csv.row(w.number(), w.points(), w.keptCount(), w.ruledOut(), w.candidates(), w.plausibleVolume(), within);
        }
        return csv.toString();
    }

    /** wave-N.csv: every world of a wave, its values, its figure and implausibility per target, and whether it is kept. */
    public String worldsOfWave(Wave w, int judged) {
        List<String> header = new ArrayList<>(List.of("point"));
        header.addAll(dimensionColumns);
        for (String t : targetColumns) {
            header.add(t + "_model");
            header.add(t + "_implausibility");
        }
        header.addAll(List.of("judged_implausibility", "kept"));
        Csv csv = new Csv().header(header);
        for (int i = 0; i < w.points(); i++) {
            PointFit f = w.fits().get(i);
            List<Object> row = new ArrayList<>(List.of(i));
            for (double v : f.values()) {
                row.add(v);
            }
            for (int t = 0; t < targets.size(); t++) {
                row.add(f.fits().get(t).model());
                row.add(f.implausibility()[t]);
            }
            row.add(f.judged(judged));
            row.add(w.kept()[i]);
            csv.row(row.toArray());
        }
        return csv.toString();
    }

    /** emulator-N.csv: how the emulator that chose a wave predicted its runs, per target. */
    public String emulator(Wave w) {
        Csv csv = new Csv().header(List.of("target", "r_squared", "residual_sd", "within_2sd", "mean_squared_error"));
        EmulatorCheck c = w.check();
        for (int t = 0; t < targets.size(); t++) {
            csv.row(targets.get(t).name(), c.rSquared()[t], c.residualSd()[t], c.withinTwo()[t], c.meanSquare()[t]);
        }
        return csv.toString();
    }

    /** worlds.csv: the non-implausible worlds, each with its wave and point and its value of every uncertainty. */
    public String worlds(List<HistoryMatch.World> worlds) {
        List<String> header = new ArrayList<>(Worlds.OTHER_COLUMNS);
        header.addAll(dimensionColumns);
        Csv csv = new Csv().header(header);
        for (int i = 0; i < worlds.size(); i++) {
            HistoryMatch.World w = worlds.get(i);
            List<Object> row = new ArrayList<>(List.of(i, w.wave(), w.point()));
            for (double v : w.fit().values()) {
                row.add(v);
            }
            csv.row(row.toArray());
        }
        return csv.toString();
    }

    /**
     * ranges.csv: each uncertainty's declared range against its range among the worlds, with the middle 90%, and the
     * share of the declared range the worlds span, on the scale the range is sampled on.
     */
    public String ranges(List<PointFit> worlds) {
        Csv csv = new Csv().header(List.of("uncertainty", "column", "declared_low", "declared_high", "worlds_low",
                "worlds_p05", "worlds_p95", "worlds_high", "share_of_declared_range"));
        for (int j = 0; j < dimensions.size(); j++) {
            Dimension d = dimensions.get(j);
            double[] v = column(worlds, j);
            double low = v.length == 0 ? Double.NaN : v[0];
            double high = v.length == 0 ? Double.NaN : v[v.length - 1];
            // on the scale the range is sampled on: a log range's share is of its logarithm
            double share = v.length == 0 ? Double.NaN : d.shareOf(high) - d.shareOf(low);
            csv.row(d.name(), dimensionColumns.get(j), d.low(), d.high(), low, Statistics.quantile(v, 0.05),
                    Statistics.quantile(v, 0.95), high, share);
        }
        return csv.toString();
    }

    /** fit.csv: each target's reported figure against the model's figures over the worlds. */
    public String fit(List<PointFit> worlds) {
        Csv csv = new Csv().header(List.of("target", "kind", "reported", "low", "high", "observation_sd", "discrepancy_sd",
                "model_min", "model_p05", "model_median", "model_p95", "model_max", "largest_implausibility"));
        for (int t = 0; t < targets.size(); t++) {
            Target target = targets.get(t);
            double[] m = new double[worlds.size()];
            double largest = 0;
            for (int i = 0; i < m.length; i++) {
                TargetFit f = worlds.get(i).fits().get(t);
                m[i] = f.model();
                largest = Math.max(largest, worlds.get(i).implausibility()[t]);
            }
            Arrays.sort(m);
            csv.row(target.name(), target.kind().name(), target.value(), target.low(), target.high(),
                    target.observationSd(), target.discrepancySd(), m.length == 0 ? Double.NaN : m[0], Statistics.quantile(m, 0.05),
                    Statistics.quantile(m, 0.5), Statistics.quantile(m, 0.95), m.length == 0 ? Double.NaN : m[m.length - 1],
                    worlds.isEmpty() ? Double.NaN : largest);
        }
        return csv.toString();
    }

    /** The sorted values of one uncertainty over the worlds. */
    static double[] column(List<PointFit> worlds, int j) {
        double[] v = new double[worlds.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = worlds.get(i).values()[j];
        }
        Arrays.sort(v);
        return v;
    }
}
