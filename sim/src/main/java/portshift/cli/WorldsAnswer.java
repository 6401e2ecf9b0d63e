package portshift.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import portshift.analysis.Metric;
import portshift.analysis.Outcome;
import portshift.experiment.AtomicFiles;
import portshift.experiment.Experiment;
import portshift.experiment.Task;
import portshift.explore.AcrossWorlds;
import portshift.explore.Exploration;
import portshift.explore.Forecast;
import portshift.explore.WorldsFiles;
import portshift.scenario.LoadedScenario;
import portshift.scenario.ScenarioException;

/**
 * Policies answered over the worlds a history match kept ({@code compare}, {@code batch} and {@code explore} with
 * {@code --worlds}): every policy in every world, replications sharing seeds within a world; each policy against the
 * first over the worlds (across_worlds.csv), where each does best and its regret, PRIM within the worlds, and a
 * forecast per port and year (forecast.csv; change.csv with --change-from).
 */
final class WorldsAnswer {
    private final Subcommand command;
    private final String name;
    private final ExperimentOptions options;
    private final WorldsOptions worlds;

    /** @param name the command's name, for its experiment and manifest */
    WorldsAnswer(Subcommand command, String name, ExperimentOptions options, WorldsOptions worlds) {
        this.command = command;
        this.name = name;
        this.options = options;
        this.worlds = worlds;
    }

    /** Runs the policies over the worlds and reports; 0, or the plan of a job array. */
    Integer run(List<LoadedScenario> policies, String stem, Outcome judged, double threshold) throws IOException {
        Exploration e = Exploration.of(policies, worlds.worlds);
        if (e.policies().stream().distinct().count() < e.policies().size()) {
            throw new ScenarioException(name + ": two policies have the same name; give each a name of its own");
        }
        List<Integer> years = Forecast.wholeYears(policies.get(0).config());
        Integer from = worlds.changeFrom;
        if (from != null && !(years.contains(from) && years.contains(from + 1))) {
            throw new ScenarioException("--change-from: expected a year that is reported whole with the next"
                    + (years.size() < 2 ? " (the scenario reports fewer than two whole years)"
                    : " (" + years.get(0) + " to " + years.get(years.size() - 2) + ")") + ", found " + from);
        }
        Limits.runs(e.variants().size(), options.replications, options);
        Path dir = options.folder(name + "-worlds-" + stem);
        command.out().printf(Locale.ROOT, "%d worlds of %s x %d policies x %d replications; replication r shares its "
                + "seed across the policies within a world%n", e.points(), Printable.of(worlds.worlds.toString()),
                e.policies().size(), options.replications);
        Experiment experiment = new Experiment(name, e.variants(), options.replications, options.seed);
        ExperimentExecution.Done done = ExperimentExecution.run(experiment, dir, options, command);
        if (done == null) {
            return 0;
        }
        Map<String, List<Map<Metric, Double>>> outcomes = done.outcomes();
        List<AcrossWorlds> across = AcrossWorlds.of(e, outcomes);
        Forecast forecast = forecast(e, done, policies.get(0));
        if (e.policies().size() >= 2) {
            AtomicFiles.write(dir.resolve("across_worlds.csv"), WorldsFiles.across(across));
        }
        AtomicFiles.write(dir.resolve("forecast.csv"), WorldsFiles.forecast(forecast.cells()));
        List<Forecast.Change> changes = from == null ? List.of() : forecast.changes(from);
        if (from != null) {
            AtomicFiles.write(dir.resolve("change.csv"), WorldsFiles.change(changes));
        }
        if (e.policies().size() >= 2) {
            WorldsReport.across(command.out(), e, across);
        }
        ExplorationAnswer.report(name, command, e, done, dir, options, judged, threshold, "world", outcomes);
        if (from != null) {
            WorldsReport.change(command.out(), e.points(), changes);
        }
        command.out().printf("%d worlds x %d policies x %d replications: results in %s (%.1f s)%n", e.points(),
                e.policies().size(), options.replications, Printable.of(dir.toString()), done.seconds());
        return 0;
    }

    /** Every run's port months, by world and policy, read one run at a time. */
    private Forecast forecast(Exploration e, ExperimentExecution.Done done, LoadedScenario first) {
        Forecast f = new Forecast(e.policies(), e.points(), first.config());
        List<Task> tasks = done.experiment().tasks();
        int policies = e.policies().size();
        for (int i = 0; i < tasks.size(); i++) {
            Task t = tasks.get(i);
            int variant = i / options.replications;
            f.add(variant / policies, variant % policies, done.shards().portMonths(i, t.config().scenario(),
                    t.replication()));
        }
        return f;
    }
}
