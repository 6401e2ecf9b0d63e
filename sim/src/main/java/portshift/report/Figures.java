package portshift.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import portshift.analysis.Metric;
import portshift.analysis.MetricComparison;
import portshift.experiment.AtomicFiles;
import portshift.experiment.BatchRunner;
import portshift.experiment.OutputFolder;
import portshift.experiment.ResultPaths;
import portshift.scenario.Sweep;

/** Writes the figures of a comparison as PNG files in {@code figures/}, each whole or not at all. */
public final class Figures {
    /** The system property that asks for the data of each figure beside it. */
    public static final String DATA = "portshift.figures.data";

    private Figures() {
    }

    /**
     * The five figures of a comparison of A against B, and colours.csv: deliveries over time, seizures per port, shares
     * of flow with the ports that gained and lost after each scenario's first intervention on European ports, box plots
     * of the main outcomes and the forest plot of every difference. Each figure is a piece of work, returned to be
     * done on any thread: made from the runs' rows (read here, once, and only read after), drawn and written.
     */
    public static List<Runnable> comparison(Path dir, List<Sweep.Variant> ab, BatchRunner.Shards shards,
                                            Map<String, List<Map<Metric, Double>>> outcomes,
                                            List<MetricComparison> rows) {
        Scenes scenes = Scenes.of(ab);
        SeriesByScenario series = new SeriesByScenario(shards.allPortRows());
        Map<String, Supplier<Figure>> figures = new LinkedHashMap<>();
        figures.put("delivered_over_time.png", () -> OverTimeChart.delivered(series, scenes));
        figures.put("seizures_by_port.png", () -> PortChart.seizures(series, scenes));
        figures.put("destination_shares.png", () -> SharesChart.panels(series, scenes));
        figures.put("outcomes_boxplot.png", () -> OutcomeBoxes.panels(outcomes, scenes));
        figures.put("differences_forest.png", () -> ForestPlot.of(scenes.scenarios().get(0), scenes.scenarios().get(1),
                rows));
        List<Runnable> pieces = new ArrayList<>();
        figures.forEach((name, figure) -> pieces.add(() -> save(dir, name, figure.get())));
        pieces.add(() -> colours(dir, scenes));
        return pieces;
    }

    /** The figures of a batch, and colours.csv: deliveries over time and the spread of outcomes, per variant. */
    public static void batch(Path dir, List<Sweep.Variant> variants, BatchRunner.Shards shards,
                             Map<String, List<Map<Metric, Double>>> outcomes) {
        Scenes scenes = Scenes.of(variants);
        SeriesByScenario series = new SeriesByScenario(shards.allPortRows());
        save(dir, "delivered_over_time.png", OverTimeChart.delivered(series, scenes));
        save(dir, "outcomes_boxplot.png", OutcomeBoxes.panels(outcomes, scenes));
        colours(dir, scenes);
    }

    /** colours.csv, the colours of the figures for notebooks to draw with: see {@link Scenes#coloursCsv}. */
    static void colours(Path dir, Scenes scenes) {
        write(dir, "colours.csv", scenes.coloursCsv().getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** A value to draw: itself, or 0 where it has none. */
    static double orZero(double v) {
        return Double.isFinite(v) ? v : 0;
    }

    /**
     * Writes the figure as {@code name}; with the system property {@value #DATA} set to true, also the data it draws as
     * {@code name.txt} beside it, which, unlike the PNG's bytes, do not depend on the fonts of the machine.
     */
    static void save(Path dir, String name, Figure figure) {
        try {
            write(dir, name, Png.bytes(figure.image()));
        } catch (IOException e) {
            throw new OutputFolder.OutputException(dir + ": cannot write figures: " + OutputFolder.failure(e));
        }
        if (Boolean.getBoolean(DATA)) {
            write(dir, name + ".txt", figure.data().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    /** Writes one file of {@code figures/}, whole or not at all. */
    private static void write(Path dir, String name, byte[] bytes) {
        try {
            ResultPaths.folder(dir);
            AtomicFiles.write(dir.resolve(name), bytes);
        } catch (IOException e) {
            throw new OutputFolder.OutputException(dir + ": cannot write figures: " + OutputFolder.failure(e));
        }
    }
}
