package portshift.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import portshift.brief.BriefPage;
import portshift.brief.BriefReader;
import portshift.analysis.Comparison;
import portshift.analysis.Metric;
import portshift.analysis.MetricComparison;
import portshift.analysis.Outcome;
import portshift.analysis.RunOutcomes;
import portshift.experiment.AtomicFiles;
import portshift.experiment.ComparisonFile;
import portshift.experiment.Concurrently;
import portshift.experiment.Experiment;
import portshift.experiment.TimeSeriesFile;
import portshift.map.MapFile;
import portshift.report.ComparisonTable;
import portshift.report.Figures;
import portshift.scenario.LoadedScenario;
import portshift.scenario.ScenarioException;
import portshift.scenario.Sweep;

/** {@code portshift compare [A B]}: the Alliance of European Ports against no coordination, over replications. */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = "Run scenarios A and B for R replications each (replication r of A and of B share a seed) and "
                + "compare their outcomes with 95%% confidence intervals. Writes runs.csv, ports.csv, comparison.csv, "
                + "timeseries.csv, map.geojson, figures/ and manifest.json.")
final class CompareCommand extends Subcommand {
    /** Replications per world with --worlds, unless given: the worlds, not the replications, carry the interval. */
    static final int WORLD_REPLICATIONS = 2;

    @Parameters(index = "0", arity = "0..1", paramLabel = "A", defaultValue = "scenarios/no-coordination.yaml",
            description = "scenario A (default: ${DEFAULT-VALUE})")
    Path a;

    @Parameters(index = "1", arity = "0..1", paramLabel = "B", defaultValue = "scenarios/alliance.yaml",
            description = "scenario B (default: ${DEFAULT-VALUE})")
    Path b;

    @Mixin
    ExperimentOptions options;

    @Mixin
    WorldsOptions worlds;

    @Option(names = "--status-quo", paramLabel = "FILE", description = "also run FILE (for example scenarios/baseline"
            + ".yaml, the world as it was before either policy) with the same seeds, and compare B with it "
            + "(status_quo.csv; a third column in brief.html)")
    Path statusQuo;

    @Option(names = {"-r", "--replications"}, defaultValue = "30", paramLabel = "R",
            description = "replications per scenario (default: ${DEFAULT-VALUE}; with --worlds, 2 per world)")
    void replications(int r) {
        options.replications = r;
    }

    @Override
    public Integer call() throws IOException {
        worlds.check();
        if (worlds.given() && !spec.commandLine().getParseResult().hasMatchedOption("--replications")) {
            options.replications = WORLD_REPLICATIONS;
        }
        options.check(worlds.given() ? 1 : 2, " to compare with confidence intervals");
        LoadedScenario sa = Sweep.refused(LoadedScenario.load(a), "compare");
        LoadedScenario sb = Sweep.refused(LoadedScenario.load(b), "compare");
        String nameA = sa.config().scenario();
        String nameB = sb.config().scenario();
        if (nameA.equals(nameB)) {
            throw new ScenarioException(b + ": name: A and B are both called '" + nameA + "'; give them different names");
        }
        String differs = SameWorld.difference(sa.config(), sb.config());
        if (differs != null) {
            throw new ScenarioException(b + ": world: A and B must share one world to be compared port by port; " + differs);
        }
        LoadedScenario sq = statusQuo == null ? null : Sweep.refused(LoadedScenario.load(statusQuo), "compare");
        if (sq != null) {
            if (worlds.given()) {
                throw new ScenarioException("--status-quo: compares B with the status quo in one world; give it "
                        + "without --worlds");
            }
            String name = sq.config().scenario();
            if (name.equals(nameA) || name.equals(nameB)) {
                throw new ScenarioException(statusQuo + ": name: the status quo is called '" + name + "' as A or B "
                        + "is; give it a name of its own");
            }
            String sqDiffers = SameWorld.difference(sq.config(), sb.config());
            if (sqDiffers != null) {
                throw new ScenarioException(statusQuo + ": world: the status quo must share B's world; " + sqDiffers);
            }
        }
        if (worlds.given()) {
            return new WorldsAnswer(this, "compare", options, worlds).run(List.of(sa, sb), sa.stem() + "-vs-"
                    + sb.stem(), Outcome.DELIVERED_EUROPE, 0);
        }
        Path dir = options.folder("compare-" + sa.stem() + "-vs-" + sb.stem());
        List<Sweep.Variant> variants = new ArrayList<>(List.of(new Sweep.Variant(nameA, sa),
                new Sweep.Variant(nameB, sb)));
        if (sq != null) {
            variants.add(new Sweep.Variant(sq.config().scenario(), sq));
        }
        Limits.runs(variants.size(), options.replications, options);
        Experiment experiment = new Experiment("compare", variants, options.replications, options.seed);
        ExperimentExecution.Done done = ExperimentExecution.run(experiment, dir, options, this);
        if (done == null) {
            return 0;
        }
        // the outcomes, the time series and the figures each read every port row: parse them once
        done.shards().keepingParsedRows();
        Map<String, List<RunOutcomes>> runs = done.runs();
        List<MetricComparison> rows = paired(runs.get(nameA), runs.get(nameB));
        Map<String, List<Map<Metric, Double>>> outcomes = new LinkedHashMap<>();
        for (String name : List.of(nameA, nameB)) {
            outcomes.put(name, runs.get(name).stream().map(RunOutcomes::values).toList());
        }
        AtomicFiles.write(dir.resolve("comparison.csv"), ComparisonFile.render(nameA, nameB, rows));
        List<MetricComparison> today = null;
        if (sq != null) {
            String nameSq = sq.config().scenario();
            today = paired(runs.get(nameSq), runs.get(nameB));
            AtomicFiles.write(dir.resolve("status_quo.csv"), ComparisonFile.render(nameSq, nameB, today));
        }
        // the map, the time series and the figures are independent of each other: made and written side by side,
        // the longest (the map's sea lanes) first
        List<Runnable> pieces = new ArrayList<>();
        pieces.add(writing(dir.resolve("map.geojson"), () -> MapFile.geoJson(sa.config().world().ports(),
                sa.config().world().routes())));
        pieces.add(writing(dir.resolve("timeseries.csv"), () -> TimeSeriesFile.render(done.shards())));
        pieces.addAll(Figures.comparison(dir.resolve("figures"), variants.subList(0, 2), done.shards(), outcomes,
                rows));
        // a file that cannot be written fails as an UncheckedIOException, which Main reports as it reports an IOException
        Concurrently.run(options.threads(), pieces);
        AtomicFiles.write(dir.resolve("brief.html"), BriefPage.html(BriefReader.ofComparison(dir,
                variants.stream().map(v -> v.scenario().parameters()).toList())));
        ExperimentExecution.manifest("compare", experiment, dir, options, done);
        out().print(ComparisonTable.render(nameA, nameB, options.replications, rows));
        if (today != null) {
            out().printf("against the status quo:%n");
            out().print(ComparisonTable.render(sq.config().scenario(), nameB, options.replications, today));
        }
        out().print(ComparisonTable.inWords(nameA, nameB, rows));
        if (today != null) {
            out().print(ComparisonTable.inWords(sq.config().scenario(), nameB, today));
        }
        out().printf("brief for a meeting: %s%n", Printable.of(dir.resolve("brief.html").toString()));
        out().printf("results in %s (%d runs, %.1f s)%n", Printable.of(dir.toString()), experiment.tasks().size(),
                done.seconds());
        return 0;
    }

    /** A piece of work that writes a file, whole or not at all. */
    private static Runnable writing(Path file, java.util.function.Supplier<String> text) {
        return () -> {
            try {
                AtomicFiles.write(file, text.get());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
    }

    /** The comparison, or one line saying why the runs of A and B do not pair up by replication and seed. */
    private static List<MetricComparison> paired(List<RunOutcomes> a, List<RunOutcomes> b) {
        try {
            return Comparison.of(a, b);
        } catch (IllegalArgumentException e) {
            throw new ScenarioException("compare: " + e.getMessage());
        }
    }
}
