package portshift.report;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.internal.chartpart.Chart;

import portshift.analysis.InterventionWindow;
import portshift.analysis.Metric;
import portshift.analysis.MetricComparison;
import portshift.experiment.AtomicFiles;
import portshift.experiment.BatchRunner;
import portshift.experiment.OutputFolder;

/** Writes the figures of a comparison as PNG files in {@code figures/}, each whole or not at all. */
public final class Figures {
    static final Color[] PALETTE = {new Color(0, 114, 178), new Color(213, 94, 0), new Color(0, 158, 115),
            new Color(204, 121, 167), new Color(230, 159, 0), new Color(86, 180, 233), new Color(240, 228, 66),
            new Color(120, 120, 120), new Color(60, 60, 60)};

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

    static BufferedImage image(Chart<?, ?> chart) {
        return BitmapEncoder.getBufferedImage(chart);
    }

    /** Panels side by side (or in rows of {@code perRow}) on one white image. */
    static BufferedImage grid(List<BufferedImage> panels, int perRow) {
        int w = panels.get(0).getWidth();
        int h = panels.get(0).getHeight();
        int cols = Math.min(perRow, panels.size());
        int rowsCount = (panels.size() + perRow - 1) / perRow;
        BufferedImage out = new BufferedImage(w * cols, h * rowsCount, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, out.getWidth(), out.getHeight());
        for (int i = 0; i < panels.size(); i++) {
            g.drawImage(panels.get(i), (i % perRow) * w, (i / perRow) * h, null);
        }
        g.dispose();
        return out;
    }

    static void save(Path dir, String name, BufferedImage image) {
        try {
            Files.createDirectories(dir);
            AtomicFiles.write(dir.resolve(name), Png.bytes(image));
        } catch (IOException e) {
            throw new OutputFolder.OutputException(dir + ": cannot write figures: " + e.getMessage());
        }
    }
}
