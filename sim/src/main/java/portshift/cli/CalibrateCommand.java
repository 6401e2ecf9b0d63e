package portshift.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import portshift.evidence.Calibration;
import portshift.evidence.FitTable;
import portshift.experiment.AtomicFiles;
import portshift.experiment.Manifest;
import portshift.experiment.OutputFolder;
import portshift.scenario.Dimension;
import portshift.scenario.LoadedScenario;
import portshift.scenario.ScenarioException;
import portshift.scenario.SearchSpace;
import portshift.scenario.Sweep;

/**
 * {@code portshift calibrate}: fits the parameters a scenario declares under {@code calibrate:} to what is known of
 * the trade.
 */
@Command(name = "calibrate", mixinStandardHelpOptions = true,
        description = "Fit the parameters a scenario declares under calibrate.parameters, within their ranges (default: "
                + "the default world's, scenarios/calibration.yaml), to what is known of the trade (European seizures "
                + "and bounds, export-port volumes and ranks, Ecuador's origin/destination split, screening and "
                + "interception ranges) with CMA-ES over replications. Writes calibration.csv (fitted values), fit.csv "
                + "(each target against the model) and fit.md (the fit table for docs/validation.md), and prints them.")
final class CalibrateCommand extends Subcommand {
    /** The scenario fitted, which declares its parameters; by default the baseline with the default world's. */
    @Option(names = "--scenario", defaultValue = "scenarios/calibration.yaml", description = "scenario declaring the "
            + "parameters to fit under calibrate.parameters (default: ${DEFAULT-VALUE})")
    Path scenario;

    @Option(names = {"-r", "--replications"}, defaultValue = "4", description = "replications per evaluation (default: ${DEFAULT-VALUE})")
    int replications;

    @Option(names = "--evaluations", defaultValue = "160", description = "largest number of evaluations (default: ${DEFAULT-VALUE})")
    int evaluations;

    @Option(names = "--days", defaultValue = "1095", description = "days per run, warm-up included (default: ${DEFAULT-VALUE})")
    int days;

    @Option(names = "--seed", defaultValue = "1", description = "seed of the runs and of the search (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--step", defaultValue = "0.15", description = "first step of the search in each parameter, as a "
            + "share of its range; smaller refines a fit near its start (default: ${DEFAULT-VALUE})")
    double step;

    @Option(names = "--profile", paramLabel = "PARAMETER", description = "instead of fitting, the loss across one "
            + "parameter's range, the others at the scenario's values (writes profile-PARAMETER.csv)")
    String profile;

    @Option(names = "--points", defaultValue = "9", description = "values of the profiled parameter (default: ${DEFAULT-VALUE})")
    int points;

    @Mixin
    WorkerThreads threads;

    @Option(names = "--out", paramLabel = "DIR", description = "output folder (default: results/calibration-<seed>/)")
    Path outDir;

    @Override
    public Integer call() throws IOException {
        Limits.count("--replications", replications, 1, Limits.MAX_REPLICATIONS);
        Limits.count("--evaluations", evaluations, 1, 100_000);
        Limits.count("--days", days, 1, Limits.MAX_DAYS);
        threads.count();
        if (!(step > 0 && step <= 1)) {
            throw new ScenarioException("--step: expected a share of the range in (0, 1], found " + step);
        }
        LoadedScenario loaded = Sweep.refused(LoadedScenario.load(scenario), "calibrate");
        List<Dimension> declared = SearchSpace.calibrate(loaded);
        if (declared.isEmpty()) {
            throw new ScenarioException(scenario + ": calibrate: expected at least one parameter under "
                    + "calibrate.parameters (see docs/scenarios.md; scenarios/calibration.yaml declares the default "
                    + "world's), found none");
        }
        if (profile != null && declared.stream().noneMatch(d -> d.name().equals(profile))) {
            throw new ScenarioException("--profile: expected one of the parameters declared under calibrate.parameters ("
                    + String.join(", ", declared.stream().map(Dimension::name).toList()) + "), found " + profile);
        }
        Limits.count("--points", points, 1, 1000);
        if (days <= loaded.config().warmupDays()) {
            throw new ScenarioException("--days: expected more than the warm-up (" + loaded.config().warmupDays() + "), found " + days);
        }
        Path dir = OutputFolder.prepare(outDir != null ? outDir : Path.of("results", "calibration-" + seed), "calibrate");
        Calibration calibration = new Calibration(loaded, declared, replications, days, seed, threads.count());
        if (profile != null) {
            return profile(calibration, dir);
        }
        List<Dimension> parameters = calibration.parameters();
        double[] start = calibration.start();
        Calibration.Fit fit = calibration.fit(evaluations, step);
        StringBuilder values = new StringBuilder("parameter,paths,factor,lower,upper,start,fitted\n");
        StringBuilder printed = new StringBuilder(String.format(Locale.ROOT,
                "loss %.4f (start %.4f) after %d evaluations of %d replications of %d days%n%n%-34s %10s %10s  %s%n",
                fit.loss(), fit.startLoss(), fit.evaluations(), replications, days, "parameter", "start", "fitted", "range"));
        for (int i = 0; i < parameters.size(); i++) {
            Dimension p = parameters.get(i);
            double v = fit.values().get(p.name());
            values.append(String.format(Locale.ROOT, "%s,\"%s\",%s,%s,%s,%.6f,%.6f%n", p.name(), String.join(" ", p.paths()),
                    p.factor(), p.low(), p.high(), start[i], v));
            printed.append(String.format(Locale.ROOT, "%-34s %10.4f %10.4f  [%s, %s]%s%s%n", p.name(), start[i], v, p.low(),
                    p.high(), p.factor() ? " (factor)" : "", p.log() ? " (log scale)" : ""));
        }
        printed.append(System.lineSeparator()).append(FitTable.render(fit.targets()));
        OutputFolder.unfinished(dir);
        AtomicFiles.write(dir.resolve("calibration.csv"), values.toString());
        AtomicFiles.write(dir.resolve("fit.csv"), FitTable.csv(fit.targets()));
        AtomicFiles.write(dir.resolve("fit.md"), FitTable.markdown(parameters, start, fit.values()) + "\n"
                + FitTable.markdown(fit.targets()));
        AtomicFiles.write(dir.resolve(OutputFolder.MANIFEST), Manifest.search("calibrate", loaded, seed));
        out().print(printed);
        out().println(Printable.of("calibration.csv, fit.csv and fit.md in " + dir));
        return 0;
    }

    /** The loss across the profiled parameter's range, printed and written to profile-NAME.csv. */
    private int profile(Calibration calibration, Path dir) throws IOException {
        StringBuilder csv = new StringBuilder("parameter,value,loss\n");
        StringBuilder printed = new StringBuilder(String.format(Locale.ROOT, "loss across %s, the other parameters at "
                + "the scenario's values (%d replications of %d days)%n%14s %10s%n", profile, replications, days,
                "value", "loss"));
        for (Calibration.ProfilePoint p : calibration.profile(profile, points)) {
            csv.append(String.format(Locale.ROOT, "%s,%.6f,%.6f%n", profile, p.value(), p.loss()));
            printed.append(String.format(Locale.ROOT, "%14.6g %10.4f%n", p.value(), p.loss()));
        }
        Path file = dir.resolve("profile-" + profile + ".csv");
        AtomicFiles.write(file, csv.toString());
        out().print(printed);
        out().println(Printable.of("profile in " + file));
        return 0;
    }
}
