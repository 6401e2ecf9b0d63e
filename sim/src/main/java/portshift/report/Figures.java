package portshift.report;

import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import portshift.analysis.InterventionWindow;
import portshift.analysis.Metric;
import portshift.analysis.MetricComparison;
import portshift.experiment.AtomicFiles;
import portshift.experiment.BatchRunner;
import portshift.experiment.OutputFolder;
import portshift.experiment.ResultPaths;

/** Writes the figures of a comparison as PNG files in {@code figures/}, each whole or not at all. */
public final class Figures {
    static final Color[] PALETTE = {new Color(0, 114, 178), new Color(213, 94, 0), new Color(0, 158, 115),
            new Color(204, 121, 167), new Color(230, 159, 0), new Color(86, 180, 233), new Color(240, 228, 66),
            new Color(120, 120, 120), new Color(60, 60, 60)};

    /** The system property that asks for the data of each figure beside it. */
    public static final String DATA = "portshift.figures.data";

    private Figures() {
    }

    /**
     * The five figures of a comparison of A against B.
     *
     * @param interventions per scenario, its first intervention on European ports (none: no panel of gains and losses)
     */
    public static void comparison(Path dir, String a, String b, BatchRunner.Shards shards,
                                  Map<String, List<Map<Metric, Double>>> outcomes, List<MetricComparison> rows,
                                  Map<String, InterventionWindow> interventions) {
        SeriesByScenario series = new SeriesByScenario(shards.allPortRows());
        save(dir, "delivered_over_time.png", OverTimeChart.delivered(series, List.of(a, b)));
        save(dir, "seizures_by_port.png", PortChart.seizures(series, a, b));
        save(dir, "destination_shares.png", SharesChart.panels(series, List.of(a, b), interventions));
        save(dir, "outcomes_boxplot.png", OutcomeBoxes.panels(outcomes, List.of(a, b)));
        save(dir, "differences_forest.png", ForestPlot.of(a, b, rows));
    }

    /** The figures of a batch: deliveries over time and the spread of outcomes, per variant. */
    public static void batch(Path dir, List<String> names, BatchRunner.Shards shards,
                             Map<String, List<Map<Metric, Double>>> outcomes) {
        SeriesByScenario series = new SeriesByScenario(shards.allPortRows());
        save(dir, "delivered_over_time.png", OverTimeChart.delivered(series, names));
        save(dir, "outcomes_boxplot.png", OutcomeBoxes.panels(outcomes, names));
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
            ResultPaths.folder(dir);
            AtomicFiles.write(dir.resolve(name), Png.bytes(figure.image()));
            if (Boolean.getBoolean(DATA)) {
                AtomicFiles.write(dir.resolve(name + ".txt"), figure.data());
            }
        } catch (IOException e) {
            throw new OutputFolder.OutputException(dir + ": cannot write figures: " + OutputFolder.failure(e));
        }
    }
}
