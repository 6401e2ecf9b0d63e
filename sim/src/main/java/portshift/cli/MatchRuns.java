package portshift.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;

import portshift.evidence.ModelFigures;
import portshift.experiment.BatchRunner;
import portshift.experiment.Experiment;
import portshift.experiment.OutputFolder;
import portshift.experiment.RecordedResults;
import portshift.experiment.RunResult;
import portshift.history.HistoryMatch;
import portshift.model.ModelConfig;
import portshift.scenario.Dimension;
import portshift.scenario.LoadedScenario;
import portshift.scenario.Sweep;

/**
 * The model runs of a history match, wave by wave, each wave an experiment of its own in {@code DIR/wave-N} (plan,
 * shards, resume), so that a wave runs on this machine or as a Slurm job array as any batch does:
 * <ul>
 * <li>on this machine, every wave runs, or resumes, in turn;</li>
 * <li>with {@code --plan-only}, the waves whose runs are all there are read, and the first that is not is planned as a
 * job array; the match stops there;</li>
 * <li>in a task of a wave's array ({@code portshift work DIR/wave-N}), the earlier waves are read and the task's
 * share of wave N is run;</li>
 * <li>in a wave's merge ({@code portshift finish DIR/wave-N}), the earlier waves and wave N are read, and the next
 * wave, if any, is planned as a job array.</li>
 * </ul>
 * A wave's worlds follow from the seed and the earlier waves' runs alone, so each of these draws the same worlds.
 */
final class MatchRuns implements HistoryMatch.Runner {
    /** Thrown where the match cannot go on in this process: a wave was planned or a task's share was run. */
    static final class Stopped extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Stopped() {
            super(null, null, false, false);
        }
    }

    private final LoadedScenario scenario;
    private final Function<Map<String, JsonNode>, LoadedScenario> varied;
    private final List<Dimension> dimensions;
    private final int days;
    private final ExperimentOptions options;
    private final Path dir;
    /** In a task or merge of a wave's array, that wave; else 0. */
    private final int arrayWave;
    private final List<String> argv;
    private final Subcommand command;

    MatchRuns(LoadedScenario scenario, List<Dimension> dimensions, int days, ExperimentOptions options, Path dir,
              int arrayWave, List<String> argv, Subcommand command) {
        this.scenario = scenario;
        this.varied = scenario.variations();
        this.dimensions = dimensions;
        this.days = days;
        this.options = options;
        this.dir = dir;
        this.arrayWave = arrayWave;
        this.argv = argv;
        this.command = command;
    }

    /** A wave's folder. */
    static Path waveFolder(Path dir, int wave) {
        return dir.resolve(String.format(Locale.ROOT, "wave-%d", wave));
    }

    @Override
    public List<List<Map<String, Double>>> run(int wave, double[][] values) {
        Experiment experiment = experiment(wave, values);
        Path folder = waveFolder(dir, wave);
        boolean planned = Files.exists(folder.resolve("plan.json"));
        if (planned && wave == 1 && options.resume == null && arrayWave == 0 && !options.planOnly) {
            throw new OutputFolder.OutputException(dir + ": already holds a match; finish it with --resume " + dir
                    + " or choose another --out");
        }
        boolean arrays = options.planOnly || arrayWave > 0 && wave > arrayWave;
        if (arrays && !complete(experiment, folder, planned)) {
            if (planned) {
                // planned before and not all run: which array tasks to submit again
                ArrayPlanning.checkComplete(experiment, folder);
            }
            ArrayPlanning.planInto(experiment, folder, options.tasks, argv, command);
            command.out().printf("wave %d of the match planned; its merge plans the next wave the same way%n", wave);
            throw new Stopped();
        }
        if (wave == arrayWave && options.arrayTask != null) {
            experiment.prepare(folder, true);
            ArrayPlanning.work(experiment, folder, options);
            throw new Stopped();
        }
        if (wave == arrayWave && options.mergeOnly) {
            ArrayPlanning.checkComplete(experiment, folder);
        }
        experiment.prepare(folder, planned);
        BatchRunner.Shards shards;
        try (Progress progress = new Progress(experiment.tasks().size(), options.quiet)) {
            shards = experiment.run(folder, options.threads(), progress::accept);
        }
        List<List<RunResult>> runs = RecordedResults.of(experiment, shards);
        List<List<Map<String, Double>>> out = new ArrayList<>();
        for (int i = 0; i < runs.size(); i++) {
            ModelConfig config = experiment.variants().get(i).scenario().config();
            List<Map<String, Double>> figures = new ArrayList<>();
            runs.get(i).forEach(r -> figures.add(ModelFigures.of(r, config)));
            out.add(figures);
        }
        return out;
    }

    /** Whether every run of a planned wave is in its folder. */
    private static boolean complete(Experiment experiment, Path folder, boolean planned) {
        return planned && experiment.runner(folder, 1).missing(experiment.tasks()).isEmpty();
    }

    /** The wave's worlds as an experiment: the scenario at each world's values, over the match's horizon. */
    private Experiment experiment(int wave, double[][] values) {
        List<Sweep.Variant> variants = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            Map<String, JsonNode> set = new LinkedHashMap<>();
            Map<String, String> shown = new LinkedHashMap<>();
            for (int j = 0; j < dimensions.size(); j++) {
                Dimension d = dimensions.get(j);
                set.putAll(d.values(scenario.parameters(), values[i][j]));
                shown.put(d.name(), d.shown(values[i][j]));
            }
            LoadedScenario at = varied.apply(set);
            String name = String.format(Locale.ROOT, "%s[wave=%d,world=%d]", scenario.config().scenario(), wave, i);
            ModelConfig config = at.config().withHorizon(days, Math.min(at.config().warmupDays(), days - 1)).named(name);
            variants.add(new Sweep.Variant(name, new LoadedScenario(at.file(), at.sha256(), at.parameters(), at.scenario(),
                    config), shown));
        }
        return new Experiment("match", variants, options.replications, options.seed);
    }
}
