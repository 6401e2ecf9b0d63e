package portshift.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
import portshift.model.PortSpec;
import portshift.model.Region;
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

    @Option(names = "--objective", defaultValue = "delivered", paramLabel = "OUTCOME",
            description = "the outcome to improve: delivered (kg delivered to Europe), seized, or any compared outcome "
                    + "with a better direction (default: ${DEFAULT-VALUE})")
    String objectiveName;

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
        List<String> candidates = candidates(base);
        Objective objective = new Objective(outcome(objectiveName), quantile == null ? Double.NaN : quantile);
        List<ModelConfig> configs = robust ? pointsOf(input) : List.of(base);
        Path dir = OutputFolder.prepare(out != null ? out : Path.of("results", "optimize-" + input.stem()), "optimize");
        Path store = dir.resolve("runs");
        String plan = plan(input, candidates, objective);
        prepareStore(dir, store, plan);
        long t0 = System.nanoTime();
        AllocationScenario scenario = new AllocationScenario(base, base.warmupDays(), candidates);
        Reference reference = Outcomes.reference(List.of(new Sweep.Variant(base.scenario(), input)));
        double bound = maxDelay == null ? Double.POSITIVE_INFINITY : maxDelay;
        Map<String, Allocation> baselines = baselines(base, scenario, candidates);
        try (Evaluator search = new Evaluator(objective, configs, scenario, reference, replications, seed,
                threads.count(), store);
             Evaluator fresh = new Evaluator(objective, configs, scenario, reference, confirm, seed + FRESH_SEEDS,
                     threads.count(), store)) {
            if (arrayStep != null) {
                return runShare(dir, candidates, search, fresh);
            }
            if (slurm != null) {
                SlurmSteps steps = new SlurmSteps(dir, slurm, taskCommand(dir));
                search.onCluster(steps);
                fresh.onCluster(steps);
            }
            GreedySearch greedy = new GreedySearch(search, objective, bound);
            greedy.run(candidates, scanners, officers, lots, step -> {
                if (!quiet) {
                    out().println("  " + step);
                    out().flush();
                }
            });
            List<Evaluation> baselineRuns = greedy.evaluate(List.copyOf(baselines.values()));
            greedy.improve(greedy.best(whole(greedy.evaluated())).allocation(), smallest(scanners), smallest(officers),
                    rounds, step -> {
                        if (!quiet) {
                            out().println("  " + step);
                            out().flush();
                        }
                    });
            List<Evaluation> all = greedy.evaluated();
            List<Evaluation> whole = whole(all);
            Evaluation best = greedy.best(whole);
            if (!greedy.feasible(best)) {
                throw new ScenarioException(String.format(Locale.ROOT, "--max-delay: no allocation evaluated keeps the "
                        + "delay to legitimate trade at or under %s k container-h/year; the least was %.1f",
                        portshift.report.ComparisonTable.num(maxDelay), best.meanDelay()));
            }
            Evaluation confirmed = fresh.evaluate(best.allocation());
            Map<String, Evaluation> confirmedBaselines = new LinkedHashMap<>();
            List<Evaluation> again = fresh.evaluate(List.copyOf(baselines.values()));
            int i = 0;
            for (String name : baselines.keySet()) {
                confirmedBaselines.put(name, again.get(i++));
            }
            List<Confirmation.Row> rows = Confirmation.of(confirmed, confirmedBaselines, objective);
            List<Evaluation> front = ParetoFront.of(whole, objective);
            AtomicFiles.write(dir.resolve("allocations.csv"), OptimizeFiles.allocations(all, objective, greedy,
                    pareto ? front.stream().map(Evaluation::allocation).collect(Collectors.toSet()) : java.util.Set.of(),
                    baselineRuns.stream().map(Evaluation::allocation).collect(Collectors.toSet())));
            AtomicFiles.write(dir.resolve("results.csv"), OptimizeFiles.results(rows, objective));
            String about = String.format(Locale.ROOT, "%d scanners and %d officers placed to %s; %s",
                    scanners, officers, objective.describe(), best.allocation().label());
            OptimizeFiles.best(dir, input, scenario, best.allocation(), about);
            AllocationCharts.write(dir.resolve("figures"), best.allocation(), baselines);
            if (pareto) {
                AllocationCharts.pareto(dir.resolve("figures"), whole, front, objective);
                AtomicFiles.write(dir.resolve("pareto.csv"), OptimizeFiles.allocations(front, objective, greedy,
                        front.stream().map(Evaluation::allocation).collect(Collectors.toSet()),
                        baselineRuns.stream().map(Evaluation::allocation).collect(Collectors.toSet())));
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
        List<String> lines = Files.readAllLines(SlurmSteps.stepFile(dir, arrayStep));
        String[] head = lines.get(0).split(" ");
        long stepSeed = Long.parseLong(head[1]);
        int tasks = Integer.parseInt(head[5]);
        Evaluator evaluator = stepSeed == seed ? search : fresh;
        List<Allocation> share = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            if ((i - 1) % tasks == arrayTask) {
                share.add(Allocation.fromKey(candidates, lines.get(i)));
            }
        }
        evaluator.evaluate(share);
        out().printf(Locale.ROOT, "step %d, task %d: %d allocations, %d runs%n", arrayStep, arrayTask, share.size(),
                evaluator.runs());
        return 0;
    }

    /** The command an array task runs: this one, on this folder, resuming, quiet, without --slurm. */
    private List<String> taskCommand(Path dir) {
        List<String> out = new ArrayList<>();
        out.add(SlurmSteps.quoted(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        out.add("-Djava.awt.headless=true");
        out.add("-cp");
        out.add(SlurmSteps.quoted(System.getProperty("java.class.path")));
        out.add("portshift.cli.Main");
        // the arguments as given, @files expanded; with or without the command's name first
        List<String> given = new ArrayList<>(spec.commandLine().getParseResult().expandedArgs());
        if (given.isEmpty() || !given.get(0).equals(spec.name())) {
            given.add(0, spec.name());
        }
        for (int i = 0; i < given.size(); i++) {
            String a = given.get(i);
            if (List.of("--slurm", "--out", "--threads").contains(a)) {
                i++;
            } else if (!a.startsWith("--slurm=") && !a.startsWith("--out=") && !a.startsWith("--threads=")
                    && !List.of("--resume", "-q", "--quiet").contains(a)) {
                out.add(SlurmSteps.quoted(a));
            }
        }
        out.addAll(List.of("--out", SlurmSteps.quoted(dir.toAbsolutePath().toString()), "--resume", "-q"));
        return out;
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

    /** The candidates given, checked against the world, or every European import port. */
    private List<String> candidates(ModelConfig base) {
        List<String> known = base.world().ports().stream().map(PortSpec::id).toList();
        if (ports == null || ports.isEmpty()) {
            return base.world().ports().stream().filter(p -> p.region() == Region.EUROPE
                    && p.role() == portshift.model.PortRole.IMPORT).map(PortSpec::id).toList();
        }
        LinkedHashSet<String> out = new LinkedHashSet<>();
        for (String id : ports) {
            if (!known.contains(id)) {
                throw new ScenarioException("--ports: expected port ids of " + scenarioFile + " (" + String.join(", ", known)
                        + "), found " + Printable.of(id));
            }
            if (!out.add(id)) {
                throw new ScenarioException("--ports: " + id + " is named twice");
            }
        }
        return List.copyOf(out);
    }

    /** The outcome named, by its short name (delivered, seized) or its column. */
    static Outcome outcome(String name) {
        String column = switch (name) {
            case "delivered" -> Outcome.DELIVERED_EUROPE.column();
            case "seized" -> Outcome.SEIZED_EUROPE.column();
            default -> name;
        };
        for (Outcome o : Outcome.values()) {
            if (o.column().equals(column) && o.compared() && !o.perIntervention() && o.better() != Outcome.Better.NEITHER) {
                return o;
            }
        }
        throw new ScenarioException("--objective: expected delivered, seized or an outcome with a better direction ("
                + Arrays.stream(Outcome.values()).filter(o -> o.compared() && !o.perIntervention()
                        && o.better() != Outcome.Better.NEITHER).map(Outcome::column).collect(Collectors.joining(", "))
                + "), found " + Printable.of(name));
    }

    private List<ModelConfig> pointsOf(LoadedScenario input) {
        Exploration e = Exploration.of(List.of(input), Exploration.Design.LHS, points, seed);
        List<ModelConfig> out = new ArrayList<>();
        for (int p = 0; p < e.points(); p++) {
            out.add(e.variant(p, 0).scenario().config());
        }
        return out;
    }

    private Map<String, Allocation> baselines(ModelConfig base, AllocationScenario scenario, List<String> candidates) {
        double[] scannersNow = new double[candidates.size()];
        double[] latam = new double[candidates.size()];
        for (int i = 0; i < candidates.size(); i++) {
            String id = candidates.get(i);
            scannersNow[i] = scenario.controlsOnTheDay(id)[0];
            latam[i] = base.world().ports().stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow()
                    .latamContainersPerDay();
        }
        return Baselines.of(candidates, scanners, officers, scannersNow, latam, membersOnTheDay(base, scenario.day()));
    }

    /** The alliance's members on the day: the scenario's, as its interventions up to that day leave them. */
    private static List<String> membersOnTheDay(ModelConfig base, long day) {
        List<String> members = base.alliance().members();
        for (portshift.model.Intervention i : base.interventions()) {
            if (base.dayOf(i) <= day && i.alliance() != null && i.alliance().members() != null) {
                members = i.alliance().members();
            }
        }
        if (members.isEmpty()) {
            // no alliance yet: the members an alliance scenario would have are unknown; use the ports of any alliance later
            for (portshift.model.Intervention i : base.interventions()) {
                if (i.alliance() != null && i.alliance().members() != null) {
                    return i.alliance().members();
                }
            }
        }
        return members;
    }

    /** What the search is: every setting that changes its runs, to check a resumed search is the same one. */
    private String plan(LoadedScenario input, List<String> candidates, Objective objective) {
        return String.join("\n", "scenario " + sha256(input.parameters().toString()), "program "
                        + portshift.experiment.Manifest.version(), "candidates " + candidates, "objective " + objective,
                "robust " + robust + " points " + points, "replications " + replications, "confirm " + confirm,
                "seed " + seed, "") ;
    }

    /** The hash of the merged scenario (every file of its chain), so that a change anywhere in it is seen. */
    private static String sha256(String text) {
        try {
            byte[] d = java.security.MessageDigest.getInstance("SHA-256").digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(d);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private void prepareStore(Path dir, Path store, String plan) throws IOException {
        Path planFile = dir.resolve("search.txt");
        if (resume) {
            if (!Files.isRegularFile(planFile) || !Files.readString(planFile).equals(plan)) {
                throw new OutputFolder.OutputException(dir + ": --resume: holds no search, or another one (search.txt "
                        + "differs); run without --resume or choose another --out");
            }
        } else if (Files.isDirectory(store)) {
            try (var files = Files.list(store)) {
                for (Path f : files.toList()) {
                    Files.delete(f);
                }
            }
        }
        Files.createDirectories(store);
        AtomicFiles.write(planFile, plan);
    }
}
