package portshift.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import portshift.analysis.Outcome;
import portshift.experiment.AtomicFiles;
import portshift.experiment.Manifest;
import portshift.experiment.OutputFolder;
import portshift.experiment.SlurmScripts;
import portshift.optimize.Objective;
import portshift.optimize.Optimization;
import portshift.optimize.OptimizeRequest;
import portshift.optimize.SlurmSteps;
import portshift.report.AllocationCharts;
import portshift.report.ComparisonTable;
import portshift.scenario.LoadedScenario;
import portshift.scenario.ScenarioException;
import portshift.scenario.Sweep;

/**
 * {@code portshift optimize}: where N more scanners and M more officers cut the objective most, the
 * organisations' response included, against the allocations a planner would try without a model.
 */
@Command(name = "optimize", mixinStandardHelpOptions = true,
        description = "Search where N more scanners and M more officers (whole numbers) do most against an outcome, "
                + "added on the first day after the warm-up, by marginal allocation and moves of one lot on common "
                + "random numbers; "
                + "show the best beside four baselines (all at Antwerp, Antwerp and Rotterdam by their scanners, "
                + "equal shares across alliance members, by containers from Latin America) and the input scenario "
                + "with nothing added, all run again on fresh seeds with 95%% CIs of each gain, and say plainly which "
                + "gains do not clear 0. Writes allocations.csv, results.csv, best.yaml and figures/.")
final class OptimizeCommand extends Subcommand {
    @Parameters(index = "0", arity = "0..1", paramLabel = "SCENARIO", defaultValue = "scenarios/baseline.yaml",
            description = "the scenario (default: ${DEFAULT-VALUE})")
    Path scenarioFile;

    @Option(names = "--scanners", required = true, paramLabel = "N", description = "scanners to add")
    int scanners;

    @Option(names = "--officers", defaultValue = "0", paramLabel = "M", description = "officers to add (default: 0)")
    int officers;

    @Option(names = "--ports", split = ",", paramLabel = "ID",
            description = "candidate port ids, comma-separated (default: every European import port)")
    List<String> ports;

    @Option(names = "--objective", paramLabel = "OUTCOME", completionCandidates = OutcomeOption.Objectives.class,
            description = "the outcome to improve, by its column or short name: ${COMPLETION-CANDIDATES} "
                    + "(default: ${DEFAULT-VALUE})")
    String objectiveName = Outcome.DELIVERED_EUROPE.aliases().get(0);

    @Option(names = "--robust", description = "judge allocations over a sample of the scenario's declared "
            + "uncertainties (explore.uncertainties), not at its single point")
    boolean robust;

    @Option(names = "--points", defaultValue = "8", paramLabel = "S",
            description = "uncertainty points with --robust, a Latin hypercube (default: ${DEFAULT-VALUE})")
    int points;

    @Option(names = "--quantile", paramLabel = "Q", description = "with --robust, judge by this quantile on the bad "
            + "side over the points (e.g. 0.9) instead of their mean")
    Double quantile;

    @Option(names = "--max-delay", paramLabel = "KHOURS", description = "only allocations whose delay to legitimate "
            + "trade stays at or under this, k container-hours a year")
    Double maxDelay;

    @Option(names = "--pareto", description = "also report the front of the objective against the delay to legitimate "
            + "trade (pareto.csv, figures/pareto.png)")
    boolean pareto;

    @Option(names = {"-r", "--replications"}, defaultValue = "5", paramLabel = "R",
            description = "replications per allocation in the search (default: ${DEFAULT-VALUE})")
    int replications;

    @Option(names = "--confirm", defaultValue = "20", paramLabel = "R",
            description = "replications on fresh seeds for the optimum, the baselines and the input scenario "
                    + "(default: ${DEFAULT-VALUE})")
    int confirm;

    @Option(names = "--lots", defaultValue = "3", paramLabel = "L",
            description = "lots the scanners, and the officers, are given out in, one search step each "
                    + "(default: ${DEFAULT-VALUE})")
    int lots;

    @Option(names = "--rounds", defaultValue = "2", paramLabel = "K",
            description = "rounds of moving one lot to improve the best allocation found (default: ${DEFAULT-VALUE})")
    int rounds;

    @Option(names = "--seed", defaultValue = "1", description = "base seed (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--out", paramLabel = "DIR", description = "output folder (default: results/optimize-<scenario>)")
    Path out;

    @Option(names = "--resume", description = "reuse the runs already in the output folder (the same search only)")
    boolean resume;

    @Option(names = {"-q", "--quiet"}, description = "print no progress")
    boolean quiet;

    @Option(names = "--slurm", paramLabel = "K", description = "run each step's allocations as a Slurm job array of "
            + "up to K tasks (sbatch must be on the PATH; SBATCH_* variables choose the partition and limits) and wait "
            + "for it; the search itself runs here")
    Integer slurm;

    @Option(names = "--array-step", hidden = true)
    Integer arrayStep;

    @Option(names = "--array-task", hidden = true)
    Integer arrayTask;

    @Mixin
    WorkerThreads threads;

    @Override
    public Integer call() throws IOException {
        OptimizeRequest request = request();
        Optimization optimization = new Optimization(request);
        if (arrayStep != null) {
            Optimization.TaskShare share = optimization.runShare(arrayStep, arrayTask);
            out().printf(Locale.ROOT, "step %d, task %d: %d allocations, %d runs%n", arrayStep, arrayTask,
                    share.allocations(), share.runs());
            return 0;
        }
        if (slurm != null) {
            optimization.onCluster(new SlurmSteps(request.dir(), slurm, SlurmSteps.taskCommand(
                    spec.commandLine().getParseResult().expandedArgs(), spec.name(), request.dir())));
        }
        long t0 = System.nanoTime();
        Optimization.Result result = search(optimization);
        Objective objective = request.judging().objective();
        Path figures = request.dir().resolve("figures");
        AllocationCharts.write(figures, result.best().allocation(), result.baselines());
        if (pareto) {
            AllocationCharts.pareto(figures, result.whole(), result.front(), objective);
        }
        AtomicFiles.write(request.dir().resolve(OutputFolder.MANIFEST), Manifest.search("optimize", request.input(),
                seed));
        out().print(OptimizeReport.render(objective, result.confirmed(), result.evaluated().size(),
                optimization.points(), replications, confirm));
        out().printf(Locale.ROOT, "results in %s (%d allocations searched, %d runs made now, %.1f s)%n",
                Printable.of(request.dir().toString()), result.evaluated().size(), result.runs(),
                (System.nanoTime() - t0) / 1e9);
        return 0;
    }

    /** The options checked, each in one line if wrong, and the scenario loaded: what the search is asked. */
    private OptimizeRequest request() {
        Limits.count("--scanners", scanners, 0, 10_000);
        Limits.count("--officers", officers, 0, 1_000_000);
        if (scanners + officers == 0) {
            throw new ScenarioException("--scanners, --officers: expected something to place, found 0 and 0");
        }
        Limits.count("--replications", replications, 2, Limits.MAX_REPLICATIONS);
        Limits.count("--confirm", confirm, 2, Limits.MAX_REPLICATIONS);
        Limits.count("--lots", lots, 1, 20);
        Limits.count("--rounds", rounds, 0, 20);
        if (slurm != null) {
            Limits.count("--slurm", slurm, 1, 10_000);
        }
        Limits.count("--points", points, 2, 1000);
        if (quantile != null && !(quantile > 0 && quantile < 1)) {
            throw new ScenarioException("--quantile: expected a share in (0, 1), found " + quantile);
        }
        if (quantile != null && !robust) {
            throw new ScenarioException("--quantile: judges over uncertainty points; give it with --robust");
        }
        if (maxDelay != null && !(maxDelay >= 0)) {
            throw new ScenarioException("--max-delay: expected a number >= 0 (k container-hours a year), found " + maxDelay);
        }
        Objective objective = new Objective(OutcomeOption.named("--objective", objectiveName, Objective.choices()),
                quantile == null ? Double.NaN : quantile);
        LoadedScenario input = Sweep.refused(LoadedScenario.load(scenarioFile), "optimize");
        Path dir = out != null ? out : Path.of("results", "optimize-" + input.stem());
        if (slurm != null) {
            SlurmScripts.checkFolders(dir, Path.of("").toAbsolutePath());
        }
        return new OptimizeRequest(input,
                new OptimizeRequest.Budget(OptimizeInputs.candidates(input.config(), ports, scenarioFile), scanners,
                        officers),
                new OptimizeRequest.Judging(objective, robust, points,
                        maxDelay == null ? Double.POSITIVE_INFINITY : maxDelay, pareto),
                new OptimizeRequest.Search(replications, lots, rounds, confirm, seed),
                dir, resume, threads.count());
    }

    /** Runs the search, printing its steps unless quiet; a delay bound no allocation keeps to is said in one line. */
    private Optimization.Result search(Optimization optimization) throws IOException {
        try {
            return optimization.run(step -> {
                if (!quiet) {
                    out().println("  " + step);
                    out().flush();
                }
            });
        } catch (Optimization.DelayBoundUnmet e) {
            throw new ScenarioException(String.format(Locale.ROOT, "--max-delay: no allocation evaluated keeps the "
                    + "delay to legitimate trade at or under %s k container-h/year; the least was %.1f",
                    ComparisonTable.num(e.bound()), e.least()));
        }
    }
}
