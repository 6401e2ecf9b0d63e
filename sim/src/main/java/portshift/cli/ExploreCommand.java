package portshift.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import portshift.analysis.Outcome;
import portshift.experiment.Experiment;
import portshift.explore.Exploration;
import portshift.explore.Robustness;
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
                + "r shares a seed across points and policies. Writes experiments.csv, points.csv, uncertainties.csv, "
                + "sensitivity.csv, runs.csv, ports.csv, figures/ and manifest.json, and on a Latin hypercube "
                + "robustness.csv, prim.csv and prim_cuts.csv; prints how much each uncertainty matters, how much of "
                + "the policies' difference is replication noise, and on a Latin hypercube where each policy is best and "
                + "where the second does worse.")
final class ExploreCommand extends Subcommand {
    @Parameters(arity = "0..*", paramLabel = "POLICY",
            description = "policy scenarios (default: scenarios/no-coordination.yaml scenarios/alliance.yaml)")
    List<Path> policies;

    @Option(names = "--samples", defaultValue = "200", paramLabel = "N",
            description = "points of the uncertainty space (default: ${DEFAULT-VALUE})")
    int samples;

    @Option(names = "--design", defaultValue = "lhs", paramLabel = "lhs|morris|sobol",
            description = "lhs: a Latin hypercube of N points; morris: N / (k + 1) Morris trajectories for screening; "
                    + "sobol: a Saltelli design for Sobol indices, N / (k + 2) rows rounded up to a power of two; "
                    + "sensitivity.csv holds rank correlations, Morris measures or Sobol indices accordingly; shares of "
                    + "points and PRIM only for lhs, a uniform random sample (default: ${DEFAULT-VALUE})")
    String design;

    @Option(names = "--second-order", description = "with --design sobol: also estimate second-order indices, the "
            + "share of the variance each pair of uncertainties explains together beyond what each explains alone "
            + "(2k + 2 points a row instead of k + 2)")
    boolean secondOrder;

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

    @Mixin
    WorldsOptions worlds;

    @Option(names = {"-r", "--replications"}, defaultValue = "2", paramLabel = "R",
            description = "replications per policy and point (default: ${DEFAULT-VALUE})")
    void replications(int r) {
        options.replications = r;
    }

    @Override
    public Integer call() throws IOException {
        options.check(1, "");
        worlds.check();
        Limits.count("--samples", samples, 2, 100_000);
        Exploration.Design chosen = design();
        if (secondOrder && chosen != Exploration.Design.SOBOL) {
            throw new ScenarioException("--second-order: estimates second-order Sobol indices; give it with --design sobol");
        }
        Outcome judged = OutcomeOption.named("--prim", prim, Robustness.judged());
        if (!Double.isFinite(primThreshold) || primThreshold < 0) {
            throw new ScenarioException("--prim-threshold: expected a number >= 0 in the outcome's unit, found "
                    + primThreshold);
        }
        List<Path> files = policies == null || policies.isEmpty()
                ? List.of(Path.of("scenarios/no-coordination.yaml"), Path.of("scenarios/alliance.yaml")) : policies;
        List<LoadedScenario> loaded = ScenarioException.collecting(files,
                f -> Sweep.refused(LoadedScenario.load(f), "explore"));
        if (worlds.given()) {
            for (String o : List.of("--design", "--samples", "--second-order")) {
                if (spec.commandLine().getParseResult().hasMatchedOption(o)) {
                    throw new ScenarioException(o + ": with --worlds the worlds are the points; give one or the other");
                }
            }
            return new WorldsAnswer(this, "explore", options, worlds).run(loaded,
                    String.join("-", loaded.stream().map(LoadedScenario::stem).toList()), judged, primThreshold);
        }
        Exploration e = Exploration.of(loaded, chosen, samples, options.seed, secondOrder);
        if (e.policies().stream().distinct().count() < e.policies().size()) {
            throw new ScenarioException("explore: two policies have the same name; give each a name of its own");
        }
        Limits.runs(e.variants().size(), options.replications, options);
        new ExploreReport(out(), e, options.replications, "point").design(samples);
        Path dir = options.folder("explore-" + String.join("-", loaded.stream().map(LoadedScenario::stem).toList()));
        Experiment experiment = new Experiment("explore", e.variants(), options.replications, options.seed);
        ExperimentExecution.Done done = ExperimentExecution.run(experiment, dir, options, this);
        if (done == null) {
            return 0;
        }
        ExplorationAnswer.report("explore", this, e, done, dir, options, judged, primThreshold, "point",
                done.outcomes());
        out().printf("%d points x %d policies x %d replications: results in %s (%.1f s)%n", e.points(),
                e.policies().size(), options.replications, Printable.of(dir.toString()), done.seconds());
        return 0;
    }

    private Exploration.Design design() {
        return switch (design) {
            case "lhs" -> Exploration.Design.LHS;
            case "morris" -> Exploration.Design.MORRIS;
            case "sobol" -> Exploration.Design.SOBOL;
            default -> throw new ScenarioException("--design: expected lhs, morris or sobol, found " + Printable.of(design));
        };
    }
}
