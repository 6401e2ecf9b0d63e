package portshift.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import portshift.analysis.Outcome;
import portshift.analysis.Reference;
import portshift.experiment.AtomicFiles;
import portshift.experiment.OutputFolder;
import portshift.experiment.Outcomes;
import portshift.explore.Exploration;
import portshift.model.ModelConfig;
import portshift.optimize.Allocation;
import portshift.optimize.AllocationScenario;
import portshift.optimize.Baselines;
import portshift.optimize.Confirmation;
import portshift.optimize.Evaluation;
import portshift.optimize.Evaluator;
import portshift.optimize.GreedySearch;
import portshift.optimize.Objective;
import portshift.optimize.OptimizeFiles;
import portshift.optimize.ParetoFront;
import portshift.optimize.SearchFolder;
import portshift.optimize.SlurmSteps;
import portshift.report.AllocationCharts;
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
                + "equal shares across alliance members, by containers from Latin America), all run again on "
                + "fresh seeds with 95% CIs. Writes allocations.csv, results.csv, best.yaml and figures/.")
final class OptimizeCommand extends Subcommand {
    /** Seeds of the confirmation start this far from the search's, so that the two never share a seed. */
    static final long FRESH_SEEDS = 1_000_000;

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
            description = "replications on fresh seeds for the optimum and the baselines (default: ${DEFAULT-VALUE})")
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
        LoadedScenario input = LoadedScenario.load(scenarioFile);
        ModelConfig base = input.config();
        List<String> candidates = OptimizeInputs.candidates(base, ports, scenarioFile);
        Objective objective = new Objective(OutcomeOption.named("--objective", objectiveName, Objective.choices()), quantile == null ? Double.NaN : quantile);
        List<ModelConfig> configs = robust ? pointsOf(input) : List.of(base);
        Path dir = OutputFolder.prepare(out != null ? out : Path.of("results", "optimize-" + input.stem()), "optimize");
        Path store = SearchFolder.prepare(dir, plan(input, candidates, objective), resume);
        long t0 = System.nanoTime();
        AllocationScenario scenario = new AllocationScenario(base, base.warmupDays(), candidates);
        Reference reference = Outcomes.reference(List.of(new Sweep.Variant(base.scenario(), input)));
        double bound = maxDelay == null ? Double.POSITIVE_INFINITY : maxDelay;
        Map<String, Allocation> baselines = Baselines.forScenario(scenario, candidates, scanners, officers);
        try (Evaluator search = new Evaluator(objective, configs, scenario, reference, replications, seed,
                threads.count(), store);
             Evaluator fresh = new Evaluator(objective, configs, scenario, reference, confirm, seed + FRESH_SEEDS,
                     threads.count(), store)) {
            if (arrayStep != null) {
                return runShare(dir, candidates, search, fresh);
            }
            if (slurm != null) {
                SlurmSteps steps = new SlurmSteps(dir, slurm, SlurmSteps.taskCommand(
                        spec.commandLine().getParseResult().expandedArgs(), spec.name(), dir));
                search.onCluster(steps);
                fresh.onCluster(steps);
            }
            java.util.function.Consumer<String> progress = step -> {
                if (!quiet) {
                    out().println("  " + step);
                    out().flush();
                }
            };
            GreedySearch greedy = new GreedySearch(search, objective, bound);
            greedy.run(candidates, scanners, officers, lots, progress);
            greedy.evaluate(List.copyOf(baselines.values()));
            greedy.improve(greedy.best(whole(greedy.evaluated())).allocation(), smallest(scanners), smallest(officers),
                    rounds, progress);
            List<Evaluation> all = greedy.evaluated();
            List<Evaluation> whole = whole(all);
            Evaluation best = greedy.best(whole);
            if (!greedy.feasible(best)) {
                throw new ScenarioException(String.format(Locale.ROOT, "--max-delay: no allocation evaluated keeps the "
                        + "delay to legitimate trade at or under %s k container-h/year; the least was %.1f",
                        portshift.report.ComparisonTable.num(maxDelay), best.meanDelay()));
            }
            Evaluation confirmed = fresh.evaluate(best.allocation());
            // the baselines in one batch, so that they run in parallel (or as one job array)
            List<Evaluation> again = fresh.evaluate(List.copyOf(baselines.values()));
            Map<String, Evaluation> confirmedBaselines = new LinkedHashMap<>();
            int i = 0;
            for (String name : baselines.keySet()) {
                confirmedBaselines.put(name, again.get(i++));
            }
            List<Confirmation.Row> rows = Confirmation.of(confirmed, confirmedBaselines, objective);
            List<Evaluation> front = ParetoFront.of(whole, objective);
            Set<Allocation> onFront = front.stream().map(Evaluation::allocation).collect(Collectors.toSet());
            Set<Allocation> tried = new HashSet<>(baselines.values());
            AtomicFiles.write(dir.resolve("allocations.csv"), OptimizeFiles.allocations(all, objective, greedy,
                    pareto ? onFront : Set.of(), tried));
            AtomicFiles.write(dir.resolve("results.csv"), OptimizeFiles.results(rows, objective));
            String about = String.format(Locale.ROOT, "%d scanners and %d officers placed to %s; %s",
                    scanners, officers, objective.describe(), best.allocation().label());
            OptimizeFiles.best(dir, input, scenario, best.allocation(), about);
            AllocationCharts.write(dir.resolve("figures"), best.allocation(), baselines);
            if (pareto) {
                AllocationCharts.pareto(dir.resolve("figures"), whole, front, objective);
                AtomicFiles.write(dir.resolve("pareto.csv"), OptimizeFiles.allocations(front, objective, greedy, onFront,
                        tried));
            }
            out().print(OptimizeReport.render(objective, rows, all.size(), configs.size(), search.replications(),
                    confirm));
            out().printf(Locale.ROOT, "results in %s (%d allocations searched, %d runs made now, %.1f s)%n",
                    Printable.of(dir.toString()), all.size(), search.runs() + fresh.runs(), (System.nanoTime() - t0) / 1e9);
        }
        return 0;
    }

    /** In a job array: this task's share of a step's allocations, run into the kept runs; nothing else. */
    private int runShare(Path dir, List<String> candidates, Evaluator search, Evaluator fresh) throws IOException {
        SlurmSteps.Share share = SlurmSteps.share(dir, arrayStep, arrayTask, candidates);
        Evaluator evaluator = share.seed() == seed ? search : fresh;
        evaluator.evaluate(share.allocations());
        out().printf(Locale.ROOT, "step %d, task %d: %d allocations, %d runs%n", arrayStep, arrayTask,
                share.allocations().size(), evaluator.runs());
        return 0;
    }

    /** The allocations that spend the whole budget (the search's earlier steps spend part of it). */
    private List<Evaluation> whole(List<Evaluation> all) {
        return all.stream().filter(e -> e.allocation().totalScanners() == scanners
                && e.allocation().totalOfficers() == officers).toList();
    }

    /** The smallest lot a count is given out in. */
    private int smallest(int count) {
        int[] lots = GreedySearch.lots(count, this.lots);
        return lots.length == 0 ? 0 : lots[lots.length - 1];
    }

    private List<ModelConfig> pointsOf(LoadedScenario input) {
        Exploration e = Exploration.of(List.of(input), Exploration.Design.LHS, points, seed);
        List<ModelConfig> out = new ArrayList<>();
        for (int p = 0; p < e.points(); p++) {
            out.add(e.variant(p, 0).scenario().config());
        }
        return out;
    }

    /** What the search is: every setting that changes its runs, to check a resumed search is the same one. */
    private String plan(LoadedScenario input, List<String> candidates, Objective objective) {
        return String.join("\n", "scenario " + input.mergedSha256(), "program "
                        + portshift.experiment.Manifest.version(), "candidates " + candidates, "objective " + objective,
                "robust " + robust + " points " + points, "replications " + replications, "confirm " + confirm,
                "seed " + seed, "");
    }
}
