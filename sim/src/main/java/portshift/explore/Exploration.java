package portshift.explore;

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
 */
public record Exploration(List<Dimension> dimensions, List<String> policies, double[][] values,
                          List<Sweep.Variant> variants, Sensitivity sensitivity) {

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

    /** The variant's name: the policy's, with the point. */
    public static String name(String policy, int point) {
        return policy + "[point=" + point + "]";
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
        int n = shares.length;
        double[][] values = new double[n][dims.size()];
        List<String> names = policies.stream().map(p -> p.config().scenario()).toList();
        List<Sweep.Variant> variants = new ArrayList<>();
        List<java.util.function.Function<Map<String, JsonNode>, LoadedScenario>> varied =
                policies.stream().map(LoadedScenario::variations).toList();
        for (int i = 0; i < n; i++) {
            Map<String, String> shown = new LinkedHashMap<>();
            for (int j = 0; j < dims.size(); j++) {
                Dimension d = dims.get(j);
                values[i][j] = d.at(shares[i][j]);
                shown.put(d.name(), d.shown(values[i][j]));
            }
            for (int p = 0; p < policies.size(); p++) {
                // a factor multiplies each policy's own values
                Map<String, JsonNode> set = new LinkedHashMap<>();
                for (int j = 0; j < dims.size(); j++) {
                    set.putAll(dims.get(j).values(policies.get(p).parameters(), values[i][j]));
                }
                LoadedScenario at = varied.get(p).apply(set);
                String name = name(names.get(p), i);
                variants.add(new Sweep.Variant(name, new LoadedScenario(at.file(), at.sha256(), at.parameters(),
                        at.scenario(), at.config().named(name)), shown));
            }
        }
        return new Exploration(dims, names, values, variants, sensitivity);
    }
}
