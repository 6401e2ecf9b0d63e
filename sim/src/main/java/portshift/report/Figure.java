package portshift.report;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;

import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.internal.chartpart.Chart;

/**
 * A figure before it is encoded: its panels, one or several in rows, each able to draw itself and to say in text what
 * it draws. The text depends only on the data, where the pixels also depend on the fonts the JDK finds, so that two
 * machines can be shown to draw the same figure.
 */
final class Figure {
    /** One panel: an XChart chart or a figure drawn by hand. */
    interface Panel {
        BufferedImage image();

        /** The data drawn (titles, series, values), as deterministic text. */
        String data();
    }

    private final List<Panel> panels;
    private final int perRow;

    private Figure(List<Panel> panels, int perRow) {
        this.panels = List.copyOf(panels);
        this.perRow = perRow;
    }

    /** A panel of an XChart chart, drawn as XChart draws it. */
    static Panel panel(Chart<?, ?> chart) {
        return new Panel() {
            @Override
            public BufferedImage image() {
                return BitmapEncoder.getBufferedImage(chart);
            }

            @Override
            public String data() {
                return ChartData.of(chart);
            }
        };
    }

    /** A figure of one chart, its image the chart's own. */
    static Figure of(Chart<?, ?> chart) {
        return of(panel(chart));
    }

    /** A figure of one panel, its image the panel's own. */
    static Figure of(Panel panel) {
        return new Figure(List.of(panel), 0);
    }

    /** Panels side by side, in rows of {@code perRow}, on one white image. */
    static Figure grid(List<Panel> panels, int perRow) {
        if (panels.isEmpty() || perRow < 1) {
            throw new IllegalArgumentException("a grid needs panels and at least one per row");
        }
        return new Figure(panels, perRow);
    }

    BufferedImage image() {
        if (perRow == 0) {
            return panels.get(0).image();
        }
        List<BufferedImage> images = panels.stream().map(Panel::image).toList();
        int w = images.get(0).getWidth();
        int h = images.get(0).getHeight();
        int cols = Math.min(perRow, images.size());
        int rowsCount = (images.size() + perRow - 1) / perRow;
        BufferedImage out = new BufferedImage(w * cols, h * rowsCount, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, out.getWidth(), out.getHeight());
        for (int i = 0; i < images.size(); i++) {
            g.drawImage(images.get(i), (i % perRow) * w, (i / perRow) * h, null);
        }
        g.dispose();
        return out;
    }

    /** What the figure draws: its layout, then each panel's data in the order drawn. */
    String data() {
        if (perRow == 0) {
            return panels.get(0).data();
        }
        StringBuilder out = new StringBuilder();
        out.append("grid of ").append(panels.size()).append(" panels, ").append(perRow).append(" per row\n");
        for (int i = 0; i < panels.size(); i++) {
            out.append("\npanel ").append(i + 1).append('\n').append(panels.get(i).data());
        }
        return out.toString();
    }
}
