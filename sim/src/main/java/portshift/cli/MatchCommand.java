package portshift.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import portshift.evidence.Targets;
import portshift.experiment.AtomicFiles;
import portshift.experiment.Manifest;
import portshift.experiment.OutputFolder;
import portshift.history.HistoryMatch;
import portshift.history.MatchFiles;
import portshift.history.PointFit;
import portshift.history.Wave;
import portshift.report.MatchFigures;
import portshift.scenario.Dimension;
import portshift.scenario.LoadedScenario;
import portshift.scenario.ScenarioException;
import portshift.scenario.SearchSpace;
import portshift.scenario.Sweep;

/** {@code portshift match}: history matching of the model to what is known of the trade, in waves. */
@Command(name = "match", mixinStandardHelpOptions = true,
        description = "History-match the model to the targets a scenario declares (default: scenarios/calibration.yaml): "
                + "rule out, in waves, the worlds of the explore uncertainties' ranges where the model cannot give what "
                + "was reported given the targets' observation uncertainty, model discrepancy and replication noise, "
                + "and keep the non-implausible worlds (worlds.csv, for compare, batch and explore --worlds). Writes "
                + "waves.csv, wave-N.csv, worlds.csv, ranges.csv, fit.csv and figures.")
final class MatchCommand extends Subcommand {
    @Parameters(index = "0", arity = "0..1", paramLabel = "SCENARIO",
            description = "the scenario declaring the targets and the uncertainties (default: ${DEFAULT-VALUE})",
            defaultValue = "scenarios/calibration.yaml")
    Path scenario;

    @Option(names = "--points", defaultValue = "300", description = "worlds run per wave (default: ${DEFAULT-VALUE})")
    int points;

    @Option(names = "--waves", defaultValue = "4", description = "the most waves (default: ${DEFAULT-VALUE})")
    int waves;

    @Option(names = "--cutoff", defaultValue = "3", description = "the largest implausibility a world may have and be "
            + "kept (default: ${DEFAULT-VALUE})")
    double cutoff;

    @Option(names = "--judge", defaultValue = "max", description = "a world's implausibility: its largest over the "
            + "targets (max) or its second largest (second), which allows one target to be missed (default: "
            + "${DEFAULT-VALUE})")
    String judge;

    @Option(names = "--days", defaultValue = "1095", description = "days per run, the warm-up included: the targets "
            + "are read over the reported days after it (default: ${DEFAULT-VALUE})")
    int days;

    @Mixin
    ExperimentOptions options;

    @Option(names = {"-r", "--replications"}, defaultValue = "2", paramLabel = "R",
            description = "replications per world (default: ${DEFAULT-VALUE})")
    void replications(int r) {
        options.replications = r;
    }

    @Override
    public Integer call() throws IOException {
        options.check(1, "");
        Limits.count("--points", points, 2, 100_000);
        Limits.count("--waves", waves, 1, 100);
        if (!(cutoff > 0) || !Double.isFinite(cutoff)) {
            throw new ScenarioException("--cutoff: expected a number above 0, found " + cutoff);
        }
        int judged = switch (judge) {
            case "max" -> 1;
            case "second" -> 2;
            default -> throw new ScenarioException("--judge: expected max or second, found " + Printable.of(judge));
        };
        LoadedScenario loaded = Sweep.refused(LoadedScenario.load(scenario), "match");
        if (days <= loaded.config().warmupDays()) {
            throw new ScenarioException("--days: expected more than the warm-up (" + loaded.config().warmupDays()
                    + "), found " + days);
        }
        List<Dimension> dimensions = SearchSpace.explore(loaded);
        Targets targets = Targets.of(loaded);
        if (dimensions.isEmpty() || targets.all().isEmpty()) {
            throw new ScenarioException(loaded.file() + ": match needs uncertainties under explore.uncertainties and "
                    + "targets under targets (scenarios/calibration.yaml declares the default world's), found "
                    + dimensions.size() + " and " + targets.all().size());
        }
        Limits.runs(points, options.replications, options);
        Path dir = options.folder("match-" + loaded.stem());
        int arrayWave = 0;
        if (options.arrayTask != null || options.mergeOnly) {
            // 'portshift work' and 'finish' name a wave's folder: the match is its parent
            String name = dir.getFileName() == null ? "" : dir.getFileName().toString();
            if (!name.matches("wave-[1-9][0-9]*") || dir.toAbsolutePath().getParent() == null) {
                throw new OutputFolder.OutputException(dir + ": expected a wave's folder (DIR/wave-N) of a match");
            }
            arrayWave = Integer.parseInt(name.substring(5));
            dir = dir.toAbsolutePath().getParent();
        } else if (options.planOnly && options.out == null) {
            throw new OutputFolder.OutputException("--plan-only: expected --out DIR, the folder the waves' arrays share");
        }
        OutputFolder.prepare(dir, "match");
        List<String> argv = new ArrayList<>(spec.commandLine().getParseResult().originalArgs());
        argv.addAll(List.of("--out", dir.toAbsolutePath().normalize().toString()));
        MatchRuns runs = new MatchRuns(loaded, dimensions, days, options, dir, arrayWave, argv, this);
        HistoryMatch match = new HistoryMatch(dimensions, targets,
                new HistoryMatch.Settings(points, waves, cutoff, judged, options.seed));
        long t0 = System.nanoTime();
        List<Wave> done;
        try {
            done = match.run(runs);
        } catch (MatchRuns.Stopped planned) {
            return 0;
        }
        write(dir, match, done, judged);
        print(done, match.worlds(done).size(), dir, (System.nanoTime() - t0) / 1e9);
        return 0;
    }

    private void write(Path dir, HistoryMatch match, List<Wave> done, int judged) throws IOException {
        OutputFolder.unfinished(dir);
        MatchFiles files = new MatchFiles(match.dimensions(), match.targets().all());
        List<HistoryMatch.World> kept = match.worlds(done);
        List<PointFit> worlds = HistoryMatch.fits(kept);
        AtomicFiles.write(dir.resolve("waves.csv"), files.waves(done));
        for (Wave w : done) {
            AtomicFiles.write(dir.resolve("wave-" + w.number() + ".csv"), files.worldsOfWave(w, judged));
            if (w.check() != null) {
                AtomicFiles.write(dir.resolve("emulator-" + w.number() + ".csv"), files.emulator(w));
            }
        }
        AtomicFiles.write(dir.resolve("worlds.csv"), files.worlds(kept));
        AtomicFiles.write(dir.resolve("ranges.csv"), files.ranges(worlds));
        AtomicFiles.write(dir.resolve("fit.csv"), files.fit(worlds));
        MatchFigures.write(dir.resolve("figures"), match.dimensions(), match.targets().all(), done, worlds, cutoff);
        AtomicFiles.write(dir.resolve(OutputFolder.MANIFEST), Manifest.search("match", LoadedScenario.load(scenario),
                options.seed));
    }

    private void print(List<Wave> done, int worlds, Path dir, double seconds) {
        out().printf(Locale.ROOT, "%-5s %8s %8s %12s %22s%n", "wave", "worlds", "kept", "ruled out", "non-implausible space");
        for (Wave w : done) {
            out().printf(Locale.ROOT, "%-5d %8d %8d %11.1f%% %21.3g%%%n", w.number(), w.points(), w.keptCount(),
                    100 * w.ruledOut(), 100 * w.plausibleVolume());
        }
        out().printf(Locale.ROOT, "%d non-implausible worlds (worlds.csv); each uncertainty's range among them: ranges.csv; "
                + "each target over them: fit.csv%n", worlds);
        out().printf(Locale.ROOT, "results in %s (%.1f s)%n", Printable.of(dir.toString()), seconds);
    }
}
