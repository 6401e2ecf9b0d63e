package portshift.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import portshift.analysis.Metric;
import portshift.analysis.Missing;
import portshift.analysis.Outcome;
import portshift.analysis.Statistics;
import portshift.experiment.AtomicFiles;
import portshift.experiment.Experiment;
import portshift.explore.Discovery;
import portshift.explore.Exploration;
import portshift.explore.ExplorationFiles;
import portshift.explore.Prim;
import portshift.explore.ReplicationNoise;
import portshift.explore.Robustness;
import portshift.explore.Sensitivity;
import portshift.explore.SensitivityRow;
import portshift.report.ExploreFigures;
import portshift.scenario.LoadedScenario;
import portshift.scenario.ScenarioException;
import portshift.scenario.Sweep;

/**
 * {@code portshift explore POLICY...}: every policy at every point of a design over the uncertainties the policies
 * declare, R replications each under common random numbers, how each policy fares across the points, how much each
 * uncertainty matters, and where the second policy does worse.
 */
@Command(name = "explore", mixinStandardHelpOptions = true,
        description = "Run each policy at N points of its uncertainty space (a Latin hypercube, Morris trajectories or "
                + "a Saltelli design over the ranges under explore.uncertainties) for R replications each; replication "
                + "r shares a seed across points and policies. Writes experiments.csv, points.csv, robustness.csv, "
                + "uncertainties.csv, prim.csv, sensitivity.csv, runs.csv, ports.csv, figures/ and "
                + "manifest.json, and prints where each policy is best and where the second does worse.")
final class ExploreCommand extends Subcommand {
    @Parameters(arity = "0..*", paramLabel = "POLICY",
            description = "policy scenarios (default: scenarios/no-coordination.yaml scenarios/alliance.yaml)")
    List<Path> policies;

    @Option(names = "--samples", defaultValue = "200", paramLabel = "N",
            description = "points of the uncertainty space (default: ${DEFAULT-VALUE})")
    int samples;

    @Option(names = "--design", defaultValue = "lhs", paramLabel = "lhs|morris|sobol",
            description = "lhs: a Latin hypercube of N points; morris: N / (k + 1) Morris trajectories for screening; "
                    + "sobol: a Saltelli design of N / (k + 2) rows for Sobol indices; sensitivity.csv holds rank "
                    + "correlations, Morris measures or Sobol indices accordingly (default: ${DEFAULT-VALUE})")
    String design;

    @Option(names = "--prim", paramLabel = "OUTCOME", completionCandidates = OutcomeOption.Judged.class,
            description = "the outcome on which PRIM looks for the points where the second policy does worse than the "
                    + "first, by its column or short name: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE})")
    String prim = Outcome.DELIVERED_EUROPE.column();

    @Option(names = "--prim-threshold", defaultValue = "0", paramLabel = "X",
            description = "how much worse, in the outcome's unit, the second policy must do at a point for PRIM to "
                    + "count it (default: ${DEFAULT-VALUE}, any worse)")
    double primThreshold;

    @Mixin
    ExperimentOptions options;

    @Option(names = {"-r", "--replications"}, defaultValue = "2", paramLabel = "R",
            description = "replications per policy and point (default: ${DEFAULT-VALUE})")
    void replications(int r) {
        options.replications = r;
    }

    @Override
    public Integer call() throws IOException {
        options.check(1, "");
        Limits.count("--samples", samples, 2, 100_000);
        Exploration.Design chosen = design();
        Outcome judged = OutcomeOption.named("--prim", prim, Robustness.judged());
        if (!Double.isFinite(primThreshold) || primThreshold < 0) {
            throw new ScenarioException("--prim-threshold: expected a number >= 0 in the outcome's unit, found "
                    + primThreshold);
        }
        List<Path> files = policies == null || policies.isEmpty()
                ? List.of(Path.of("scenarios/no-coordination.yaml"), Path.of("scenarios/alliance.yaml")) : policies;
        List<LoadedScenario> loaded = ScenarioException.collecting(files,
                f -> Sweep.refused(LoadedScenario.load(f), "explore"));
        Exploration e = Exploration.of(loaded, chosen, samples, options.seed);
        if (e.policies().stream().distinct().count() < e.policies().size()) {
            throw new ScenarioException("explore: two policies have the same name; give each a name of its own");
        }
        Limits.runs(e.variants().size(), options.replications, options);
        Path dir = options.folder("explore-" + String.join("-", loaded.stream().map(LoadedScenario::stem).toList()));
        Experiment experiment = new Experiment("explore", e.variants(), options.replications, options.seed);
        ExperimentExecution.Done done = ExperimentExecution.run(experiment, dir, options, this);
        if (done == null) {
            return 0;
        }
        Map<String, List<Map<Metric, Double>>> outcomes = done.outcomes();
        List<Long> seeds = experiment.tasks().subList(0, options.replications).stream().map(t -> t.seed()).toList();
        List<Robustness.Row> rows = Robustness.of(e, outcomes);
        AtomicFiles.write(dir.resolve("uncertainties.csv"), ExplorationFiles.uncertainties(e.dimensions()));
        AtomicFiles.write(dir.resolve("experiments.csv"), ExplorationFiles.experiments(e, outcomes, seeds));
        AtomicFiles.write(dir.resolve("points.csv"), ExplorationFiles.points(e, outcomes));
        AtomicFiles.write(dir.resolve("robustness.csv"), ExplorationFiles.robustness(rows));
        List<SensitivityRow> sensitivity = SensitivityRow.of(e, outcomes, options.seed);
        AtomicFiles.write(dir.resolve("sensitivity.csv"), ExplorationFiles.sensitivity(e, sensitivity));
        Discovery discovery = e.policies().size() >= 2 ? Discovery.of(e, outcomes, judged, primThreshold) : null;
        if (discovery != null) {
            AtomicFiles.write(dir.resolve("prim.csv"), ExplorationFiles.prim(e, discovery));
        }
        ExploreFigures.write(dir.resolve("figures"), e, outcomes, sensitivity, discovery);
        ExperimentExecution.manifest("explore", experiment, dir, options, done);
        print(e, rows);
        if (discovery != null) {
            printDiscovery(e, discovery);
            printSensitivity(e, sensitivity, judged);
            printNoise(e, outcomes, judged);
        }
        out().printf("%d points x %d policies x %d replications: results in %s (%.1f s)%n", e.points(),
                e.policies().size(), options.replications, Printable.of(dir.toString()), done.seconds());
        return 0;
    }

    /** In words: how often the second policy does worse, and where. */
    private void printDiscovery(Exploration e, Discovery d) {
        int n = e.points();
        double[] share = Statistics.shareCi(d.count(), n);
        String which = String.format(Locale.ROOT, "%s %s than %s on %s at %.0f%% of %d points (95%% CI %.0f-%.0f%%)",
                Printable.of(e.policies().get(1)), d.worse(), Printable.of(e.policies().get(0)), d.outcome().label(),
                100 * share[0], n, 100 * share[1], 100 * share[2]);
        if (d.count() == 0) {
            out().printf("%s; there is no region to describe%n", which);
            return;
        }
        Prim.Box box = Prim.chosen(d.trajectory());
        String where = d.restrictions(e);
        out().printf(Locale.ROOT, "%s; %s (coverage %.2f, density %.2f; prim.csv)%n", which,
                where.isEmpty() ? "no uncertainty's range narrows by a tenth or more around those points"
                        : "it does so mainly where " + where, box.coverage(), box.density());
    }

    /**
     * In words: the three uncertainties the policy difference depends on most, by the design's ranking measure; a
     * measure or interval that cannot be computed from so few points is "n/a", with what it needs.
     */
    private void printSensitivity(Exploration e, List<SensitivityRow> rows, Outcome o) {
        String of = SensitivityRow.difference(e, 1);
        List<SensitivityRow> ranking = SensitivityRow.ranking(e, rows, o);
        if (ranking.isEmpty()) {
            return;
        }
        String[] measure = switch (ranking.get(0).measure().name()) {
            case "total_order" -> new String[] {"total Sobol index", "rows",
                    "a Sobol index needs the difference to vary over the rows, and its interval 2 rows"};
            case "mu_star" -> new String[] {"Morris mu*", "trajectories",
                    "Morris's mu* needs a trajectory with values, and its interval 2 trajectories"};
            default -> new String[] {"Spearman rank correlation", "points",
                    "a rank correlation needs 3 points with values that vary, and its interval 4 points"};
        };
        String over = String.format(Locale.ROOT, "by %s over %d %s", measure[0], ranking.get(0).measure().units(),
                measure[1]);
        List<SensitivityRow> known = ranking.stream().filter(r -> Double.isFinite(r.measure().value())).toList();
        if (known.isEmpty()) {
            out().printf(Locale.ROOT, "%s on %s: which uncertainty it depends on most is %s %s (%s; sensitivity.csv)%n",
                    Printable.of(of), o.label(), Missing.NA, over, measure[2]);
            return;
        }
        StringBuilder top = new StringBuilder();
        boolean noInterval = false;
        for (SensitivityRow r : known.subList(0, Math.min(3, known.size()))) {
            Sensitivity.Measure m = r.measure();
            boolean interval = Double.isFinite(m.low()) && Double.isFinite(m.high());
            noInterval |= !interval;
            top.append(top.length() > 0 ? ", " : "").append(String.format(Locale.ROOT, "%s (%.3g, CI %s)",
                    e.dimensions().get(m.uncertainty()).name(), m.value(), interval
                            ? String.format(Locale.ROOT, "%.3g to %.3g", m.low(), m.high()) : Missing.NA));
        }
        out().printf(Locale.ROOT, "%s on %s depends most on %s, %s%s (sensitivity.csv)%n", Printable.of(of), o.label(),
                top, over, noInterval ? "; CI " + Missing.NA + ": " + measure[2] : "");
    }

    /** In words: how much of the difference's spread over the points is replication noise. */
    private void printNoise(Exploration e, Map<String, List<Map<Metric, Double>>> outcomes, Outcome o) {
        double share = ReplicationNoise.share(e, outcomes, o, 1);
        if (Double.isFinite(share)) {
            out().printf(Locale.ROOT, "replication noise makes up %.0f%% of the variance of that difference over the "
                    + "points (%d replications per point); it adds about as much to every total index and weakens "
                    + "every correlation%n", 100 * share, options.replications);
        }
    }

    private Exploration.Design design() {
        return switch (design) {
            case "lhs" -> Exploration.Design.LHS;
            case "morris" -> Exploration.Design.MORRIS;
            case "sobol" -> Exploration.Design.SOBOL;
            default -> throw new ScenarioException("--design: expected lhs, morris or sobol, found " + Printable.of(design));
        };
    }

    /** Per judged outcome and policy: where it is best, with the interval, and its regret. */
    private void print(Exploration e, List<Robustness.Row> rows) {
        out().printf("%d points of %d uncertainties; a policy is best at a point where its mean over the replications is "
                + "the best of the policies'%n", e.points(), e.dimensions().size());
        out().printf(Locale.ROOT, "%-28s %-24s %-26s %s%n", "outcome", "policy", "best at (95% CI)", "regret mean / 90th pct");
        boolean missing = false;
        for (Robustness.Row r : rows) {
            String best = Double.isFinite(r.bestShare()) ? String.format(Locale.ROOT, "%5.1f%% (%4.1f-%4.1f%%)",
                    100 * r.bestShare(), 100 * r.bestLow(), 100 * r.bestHigh()) : Missing.NA;
            missing |= !Double.isFinite(r.bestShare()) || !Double.isFinite(r.regretMean());
            out().printf(Locale.ROOT, "%-28s %-24s %-26s %s / %s %s%n", Printable.of(r.outcome().label()),
                    Printable.of(r.policy()), best, Missing.or(r.regretMean(), "%.3g"), Missing.or(r.regretP90(), "%.3g"),
                    r.outcome().unit());
        }
        if (missing) {
            out().printf("%s: the outcome has no value at any point for some policy (no flow to share, say)%n",
                    Missing.NA);
        }
    }
}
