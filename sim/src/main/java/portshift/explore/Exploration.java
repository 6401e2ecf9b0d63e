package portshift.explore;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import portshift.analysis.ColumnNames;
import portshift.analysis.Outcome;
import portshift.scenario.Dimension;
import portshift.scenario.LoadedScenario;
import portshift.scenario.PathLabel;
import portshift.scenario.ScenarioException;
import portshift.scenario.SearchSpace;
import portshift.scenario.Sweep;

/**
 * An ensemble: points of the policies' shared uncertainty space, drawn by a Latin hypercube, Morris trajectories or a
 * Saltelli design, and every policy at every point. The variants run as a batch does, so that replication r of every variant shares a seed (common random
 * numbers): at a point the policies differ only by policy.
 *
 * @param dimensions the uncertainties, as the policies declare them
 * @param policies   the policies' names, in the order given
 * @param values     values[i][j]: point i's value of uncertainty j, in its own unit
 * @param variants   policy p at point i is variants.get(i * policies + p)
 * @param sensitivity the design the points follow and how it measures each uncertainty's influence
 * @param numbers    each point's number in the files: its place in the design, or its world's number in worlds.csv
 */
public record Exploration(List<Dimension> dimensions, List<String> policies, double[][] values,
                          List<Sweep.Variant> variants, Sensitivity sensitivity, int[] numbers) {

    /** How the points are drawn. */
    public enum Design {
        /** A Latin hypercube of the given number of points. */
        LHS,
        /** Morris trajectories of k + 1 points each, as many as fit in the given number of points (at least 2). */
        MORRIS,
        /**
         * A Saltelli design of k + 2 points per row (2k + 2 with second-order indices), in the fewest rows, a power of
         * two, that hold the given number of points.
         */
        SOBOL
    }

    public int points() {
        return values.length;
    }

    /**
     * The uncertainties' column names in experiments.csv, points.csv and prim.csv: their keys as identifiers
     * ({@link ColumnNames}), none the same as another column of those files.
     */
    public List<String> columns() {
        java.util.Set<String> taken = new java.util.HashSet<>(List.of("point", "policy", "replication", "seed",
                "outcome", "unit", "mean", "difference"));
        for (Outcome o : Outcome.values()) {
            taken.add(o.column());
        }
        return ColumnNames.of(dimensions.stream().map(Dimension::name).toList(), taken);
    }

    /**
     * The uncertainties as figures and notebooks name them ({@link PathLabel}): "Antwerp-Bruges: latam share" for
     * {@code world.ports.ANTWERP.latam_share}.
     */
    public List<String> labels() {
        Map<String, String> names = new java.util.HashMap<>();
        if (!variants.isEmpty()) {
            variants.get(0).scenario().config().world().ports().forEach(p -> names.put(p.id(), p.name()));
        }
        return dimensions.stream().map(d -> PathLabel.of(d.name(), names)).toList();
    }

    public Sweep.Variant variant(int point, int policy) {
        return variants.get(point * policies.size() + policy);
    }

    /** Every policy must declare the same uncertainties with the same ranges; points are drawn from the seed. */
    public static Exploration of(List<LoadedScenario> policies, Design design, int samples, long seed) {
        return of(policies, design, samples, seed, false);
    }

    /**
     * As {@link #of(List, Design, int, long)}; a Saltelli design holds at least {@code samples} points in a power of
     * two of rows ({@link Saltelli#rowsFor}), with the points for second-order indices if {@code secondOrder}.
     */
    public static Exploration of(List<LoadedScenario> policies, Design design, int samples, long seed,
                                 boolean secondOrder) {
        LoadedScenario first = policies.get(0);
        List<Dimension> dims = SearchSpace.explore(first);
        if (dims.isEmpty()) {
            throw new ScenarioException(first.file() + ": explore: expected at least one uncertainty under "
                    + "explore.uncertainties (see docs/scenarios.md), found none");
        }
        for (LoadedScenario p : policies.subList(1, policies.size())) {
            if (!SearchSpace.explore(p).equals(dims)) {
                throw new ScenarioException(p.file() + ": explore.uncertainties: expected the same uncertainties and "
                        + "ranges as " + first.file() + ", so that the policies meet the same points");
            }
        }
        int k = dims.size();
        Sensitivity sensitivity = switch (design) {
            case LHS -> new RankCorrelation(LatinHypercube.sample(samples, k, seed));
            case MORRIS -> Morris.design(Math.max(2, samples / (k + 1)), k, seed);
            case SOBOL -> Saltelli.design(Saltelli.rowsFor(samples, k, secondOrder), k, seed, secondOrder);
        };
        double[][] shares = sensitivity.points();
        double[][] values = new double[shares.length][k];
        for (int i = 0; i < shares.length; i++) {
            for (int j = 0; j < k; j++) {
                values[i][j] = dims.get(j).at(shares[i][j]);
            }
        }
        return at(policies, dims, values, sensitivity, java.util.stream.IntStream.range(0, values.length).toArray(),
                "point");
    }

    /**
     * Every policy in every world a history match kept: the worlds are the points, in the file's order, each variant
     * named by its world's number. The policies must declare the uncertainties the worlds set, with ranges that hold
     * the worlds' values; what the worlds do not set stays as each policy sets it. The worlds count as a sample of the
     * non-implausible space (rank correlations, shares of worlds and PRIM over them).
     */
    public static Exploration of(List<LoadedScenario> policies, Path worldsFile) {
        List<Dimension> declared = SearchSpace.explore(policies.get(0));
        Worlds worlds = Worlds.read(worldsFile, declared);
        for (LoadedScenario p : policies.subList(1, policies.size())) {
            Worlds.read(worldsFile, SearchSpace.explore(p));
        }
        List<Dimension> dims = worlds.dimensions();
        double[][] shares = new double[worlds.size()][dims.size()];
        for (int i = 0; i < shares.length; i++) {
            for (int j = 0; j < dims.size(); j++) {
                shares[i][j] = dims.get(j).shareOf(worlds.values()[i][j]);
            }
        }
        return at(policies, dims, worlds.values(), new RankCorrelation(shares), worlds.ids(), "world");
    }

    /** Every policy at every point, each variant named by its point's kind and number ("point=3", "world=17"). */
    private static Exploration at(List<LoadedScenario> policies, List<Dimension> dims, double[][] values,
                                  Sensitivity sensitivity, int[] numbers, String kind) {
        List<String> names = policies.stream().map(p -> p.config().scenario()).toList();
        List<Sweep.Variant> variants = new ArrayList<>();
        List<java.util.function.Function<Map<String, JsonNode>, LoadedScenario>> varied =
                policies.stream().map(LoadedScenario::variations).toList();
        for (int i = 0; i < values.length; i++) {
            Map<String, String> shown = new LinkedHashMap<>();
            for (int j = 0; j < dims.size(); j++) {
                shown.put(dims.get(j).name(), dims.get(j).shown(values[i][j]));
            }
            for (int p = 0; p < policies.size(); p++) {
                // a factor multiplies each policy's own values
                Map<String, JsonNode> set = new LinkedHashMap<>();
                for (int j = 0; j < dims.size(); j++) {
                    set.putAll(dims.get(j).values(policies.get(p).parameters(), values[i][j]));
                }
                LoadedScenario at = varied.get(p).apply(set);
                String name = names.get(p) + "[" + kind + "=" + numbers[i] + "]";
                variants.add(new Sweep.Variant(name, new LoadedScenario(at.file(), at.sha256(), at.parameters(),
                        at.scenario(), at.config().named(name)), shown));
            }
        }
        return new Exploration(dims, names, values, variants, sensitivity, numbers);
    }
}
