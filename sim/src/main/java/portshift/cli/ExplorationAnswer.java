package portshift.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import portshift.analysis.Metric;
import portshift.analysis.Outcome;
import portshift.experiment.AtomicFiles;
import portshift.explore.Discovery;
import portshift.explore.Exploration;
import portshift.explore.ExplorationFiles;
import portshift.explore.Robustness;
import portshift.explore.SensitivityRow;
import portshift.report.ExploreFigures;

/**
 * The tables, figures and summary of an exploration that has run: how each policy fares across the points, what the
 * policies' difference depends on and where the second does worse. Written the same for a design's points and for the
 * worlds a history match kept.
 */
final class ExplorationAnswer {
    private ExplorationAnswer() {
    }

    /**
     * @param judged    the outcome PRIM judges the second policy on
     * @param threshold how much worse counts, in the outcome's unit
     * @param unit      what a point is, for the printed summary: "point" or "world"
     * @param outcomes  the runs' outcomes by variant ({@code done.outcomes()}, read from the shards once by the caller)
     */
    static void report(String name, Subcommand command, Exploration e, ExperimentExecution.Done done, Path dir,
                       ExperimentOptions options, Outcome judged, double threshold, String unit,
                       Map<String, List<Map<Metric, Double>>> outcomes) throws IOException {
        List<Long> seeds = done.experiment().tasks().subList(0, options.replications).stream().map(t -> t.seed())
                .toList();
        boolean random = e.sensitivity().random();
        // a share of points where a policy is best needs a second policy, and a uniform random sample of points
        boolean shares = random && e.policies().size() >= 2;
        List<Robustness.Row> rows = Robustness.of(e, outcomes);
        AtomicFiles.write(dir.resolve("uncertainties.csv"), ExplorationFiles.uncertainties(e));
        AtomicFiles.write(dir.resolve("experiments.csv"), ExplorationFiles.experiments(e, outcomes, seeds));
        AtomicFiles.write(dir.resolve("points.csv"), ExplorationFiles.points(e, outcomes));
        if (shares) {
            AtomicFiles.write(dir.resolve("robustness.csv"), ExplorationFiles.robustness(rows));
        }
        List<SensitivityRow> sensitivity = SensitivityRow.of(e, outcomes, options.seed);
        AtomicFiles.write(dir.resolve("sensitivity.csv"), ExplorationFiles.sensitivity(e, sensitivity));
        // shares of points and boxes of points speak for the space only where the points are a uniform random sample
        Discovery discovery = shares
                ? Discovery.of(e, outcomes, judged, threshold, options.seed) : null;
        if (discovery != null) {
            AtomicFiles.write(dir.resolve("prim.csv"), ExplorationFiles.prim(e, discovery));
            AtomicFiles.write(dir.resolve("prim_cuts.csv"), ExplorationFiles.primCuts(e, discovery));
        }
        ExploreFigures.write(dir.resolve("figures"), e, outcomes, sensitivity, discovery);
        ExperimentExecution.manifest(name, done.experiment(), dir, options, done);
        ExploreReport report = new ExploreReport(command.out(), e, options.replications, unit);
        if (shares) {
            report.robustness(rows);
        }
        if (e.policies().size() >= 2) {
            report.noise(outcomes, judged);
            if (discovery != null) {
                report.discovery(discovery);
            }
            report.sensitivity(sensitivity, judged);
        }
    }
}
