package portshift.optimize;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import portshift.analysis.Reference;
import portshift.experiment.AtomicFiles;
import portshift.experiment.Manifest;
import portshift.experiment.OutputFolder;
import portshift.experiment.Outcomes;
import portshift.explore.Exploration;
import portshift.model.ModelConfig;
import portshift.scenario.Sweep;

/**
 * An optimization, from a checked request to its files: the search (marginal allocation, the baselines, moves of
 * one lot) on the search's seeds, the optimum, the baselines and the input scenario again on fresh seeds, and
 * allocations.csv,
 * results.csv, best.yaml and, with the front, pareto.csv. What it finds is returned for the figures and the printed
 * summary. The folder keeps every allocation's runs, so that a search stopped at any moment resumes where it was.
 */
public final class Optimization {
    /** Seeds of the confirmation start this far from the search's, so that the two never share a seed. */
    public static final long FRESH_SEEDS = 1_000_000;

    /**
     * What a search found.
     *
     * @param evaluated every allocation evaluated, in the order first evaluated
     * @param whole     those that spend the whole budget
     * @param front     those of the whole budget that no other beats on both the objective and the delay
     * @param confirmed the optimum, then each baseline, then the input scenario, on the fresh seeds
     * @param runs      runs made now (not those read back from an earlier search)
     */
    public record Result(Evaluation best, Map<String, Allocation> baselines, List<Evaluation> evaluated,
                         List<Evaluation> whole, List<Evaluation> front, List<Confirmation.Row> confirmed, int runs) {
    }

    /** No allocation evaluated keeps to the bound on delay: there is nothing to confirm, and nothing is written. */
    public static final class DelayBoundUnmet extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final double bound;
        private final double least;

        DelayBoundUnmet(double bound, double least) {
            super("no allocation evaluated keeps the delay to legitimate trade at or under " + bound);
            this.bound = bound;
            this.least = least;
        }

        /** The bound, k container-hours a year. */
        public double bound() {
            return bound;
        }

        /** The least delay of the allocations evaluated, k container-hours a year. */
        public double least() {
            return least;
        }
    }

    private final OptimizeRequest request;
    private final List<ModelConfig> points;
    private final Path dir;
    private final Path store;
    private SlurmSteps cluster;

    /**
     * Draws the uncertainty points of a robust search (or takes the scenario's own), then prepares the folder: a
     * new search starts from no runs, a resumed one must be the search the folder holds.
     */
    public Optimization(OptimizeRequest request) throws IOException {
        this.request = request;
        ModelConfig base = request.input().config();
        this.points = request.judging().robust() ? pointsOf(request) : List.of(base);
        this.dir = OutputFolder.prepare(request.dir(), "optimize");
        this.store = SearchFolder.prepare(dir, plan(request), request.resume());
    }

    /** Runs each step's allocations still to run as a Slurm job array rather than on this machine's threads. */
    public Optimization onCluster(SlurmSteps steps) {
        this.cluster = steps;
        return this;
    }

    /** The uncertainty points each allocation is run at (one: the scenario's own). */
    public int points() {
        return points.size();
    }

    /**
     * Searches, confirms on fresh seeds and writes the files (not the figures).
     *
     * @param progress told each step of the search
     */
    public Result run(Consumer<String> progress) throws IOException {
        OptimizeRequest.Budget budget = request.budget();
        OptimizeRequest.Judging judging = request.judging();
        Objective objective = judging.objective();
        AllocationScenario scenario = scenario();
        Map<String, Allocation> baselines = Baselines.forScenario(scenario, budget.candidates(), budget.scanners(),
                budget.officers());
        try (Evaluator search = evaluator(scenario, request.search().replications(), request.search().seed());
             Evaluator fresh = freshEvaluator(scenario)) {
            GreedySearch greedy = new GreedySearch(search, objective, judging.maxDelay());
            greedy.run(budget.candidates(), budget.scanners(), budget.officers(), request.search().lots(), progress);
            greedy.evaluate(List.copyOf(baselines.values()));
            greedy.improve(greedy.best(whole(greedy.evaluated())).allocation(), smallestLot(budget.scanners()),
                    smallestLot(budget.officers()), request.search().rounds(), progress);
            List<Evaluation> all = greedy.evaluated();
            List<Evaluation> whole = whole(all);
            Evaluation best = greedy.best(whole);
            if (!greedy.feasible(best)) {
                throw new DelayBoundUnmet(judging.maxDelay(), best.meanDelay());
            }
            Evaluation confirmed = fresh.evaluate(best.allocation());
            // the baselines and the input scenario in one batch, so that they run in parallel (or as one job array)
            List<Allocation> others = new ArrayList<>(baselines.values());
            others.add(Allocation.none(budget.candidates()));
            List<Evaluation> again = fresh.evaluate(others);
            Map<String, Evaluation> confirmedBaselines = new LinkedHashMap<>();
            int i = 0;
            for (String name : baselines.keySet()) {
                confirmedBaselines.put(name, again.get(i++));
            }
            List<Confirmation.Row> rows = Confirmation.of(confirmed, confirmedBaselines, again.get(i), objective);
            List<Evaluation> front = ParetoFront.of(whole, objective);
            write(scenario, greedy, all, best, rows, front, new HashSet<>(baselines.values()));
            return new Result(best, baselines, all, whole, front, rows, search.runs() + fresh.runs());
        }
    }

    /** What an array task did: the allocations of its share, and the runs it made (not those already kept). */
    public record TaskShare(int allocations, int runs) {
    }

    /** In a job array: a task's share of a step's allocations, run into the kept runs; nothing else is written. */
    public TaskShare runShare(int step, int task) throws IOException {
        SlurmSteps.Share share = SlurmSteps.share(dir, step, task, request.budget().candidates());
        AllocationScenario scenario = scenario();
        boolean ofSearch = share.seed() == request.search().seed();
        try (Evaluator evaluator = ofSearch ? evaluator(scenario, request.search().replications(), request.search().seed())
                : freshEvaluator(scenario)) {
            evaluator.evaluate(share.allocations());
            return new TaskShare(share.allocations().size(), evaluator.runs());
        }
    }

    private void write(AllocationScenario scenario, GreedySearch greedy, List<Evaluation> all, Evaluation best,
                       List<Confirmation.Row> rows, List<Evaluation> front, Set<Allocation> tried) throws IOException {
        Objective objective = request.judging().objective();
        boolean pareto = request.judging().pareto();
        Set<Allocation> onFront = front.stream().map(Evaluation::allocation).collect(Collectors.toSet());
        OutputFolder.unfinished(dir);
        AtomicFiles.write(dir.resolve("allocations.csv"), OptimizeFiles.allocations(all, objective, greedy,
                pareto ? onFront : Set.of(), tried));
        AtomicFiles.write(dir.resolve("results.csv"), OptimizeFiles.results(rows, objective));
        String about = String.format(Locale.ROOT, "%d scanners and %d officers placed to %s; %s",
                request.budget().scanners(), request.budget().officers(), objective.describe(), best.allocation().label());
        OptimizeFiles.best(dir, request.input(), scenario, best.allocation(), about);
        if (pareto) {
            AtomicFiles.write(dir.resolve("pareto.csv"), OptimizeFiles.allocations(front, objective, greedy, onFront,
                    tried));
        }
    }

    private AllocationScenario scenario() {
        ModelConfig base = request.input().config();
        return new AllocationScenario(base, base.warmupDays(), request.budget().candidates());
    }

    private Evaluator evaluator(AllocationScenario scenario, int replications, long seed) {
        Reference reference = Outcomes.reference(List.of(new Sweep.Variant(request.input().config().scenario(),
                request.input())));
        Evaluator out = new Evaluator(request.judging().objective(), points, scenario, reference, replications, seed,
                request.threads(), store);
        return cluster == null ? out : out.onCluster(cluster);
    }

    /** The confirmation's evaluator: the search's runs on seeds the search never saw. */
    private Evaluator freshEvaluator(AllocationScenario scenario) {
        return evaluator(scenario, request.search().confirm(), request.search().seed() + FRESH_SEEDS);
    }

    /** The allocations that spend the whole budget. */
    private List<Evaluation> whole(List<Evaluation> all) {
        return all.stream().filter(e -> request.budget().spentBy(e.allocation())).toList();
    }

    /** The smallest lot a count is given out in. */
    private int smallestLot(int count) {
        int[] lots = GreedySearch.lots(count, request.search().lots());
        return lots.length == 0 ? 0 : lots[lots.length - 1];
    }

    private static List<ModelConfig> pointsOf(OptimizeRequest request) {
        Exploration e = Exploration.of(List.of(request.input()), Exploration.Design.LHS, request.judging().points(),
                request.search().seed());
        List<ModelConfig> out = new ArrayList<>();
        for (int p = 0; p < e.points(); p++) {
            out.add(e.variant(p, 0).scenario().config());
        }
        return out;
    }

    /** What the search is: every setting that changes its runs, to check a resumed search is the same one. */
    private static String plan(OptimizeRequest request) {
        OptimizeRequest.Search search = request.search();
        return String.join("\n", "scenario " + request.input().mergedSha256(), "program " + Manifest.version(),
                "candidates " + request.budget().candidates(), "objective " + request.judging().objective(),
                "robust " + request.judging().robust() + " points " + request.judging().points(),
                "replications " + search.replications(), "confirm " + search.confirm(), "seed " + search.seed(), "");
    }
}
