package portshift.report;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.List;

import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.internal.chartpart.Chart;

/**
 * A figure before it is encoded: its panels, one or several in rows, each able to draw itself and to say in text what
 * it draws, and a caption of whole lines under them (what no panel has room for, never cut). The text depends only on
 * the data, where the pixels also depend on the fonts the JDK finds, so that two machines can be shown to draw the same
 * figure.
 */
final class Figure {
    /** One panel: an XChart chart or a figure drawn by hand. */
    interface Panel {
        BufferedImage image();

        /** The data drawn (titles, series, values), as deterministic text. */
        String data();
    }

    private static final int CAPTION_LINE = 22;
    private static final Font CAPTION_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 15);

    private final List<Panel> panels;
    private final int perRow;
    private final List<String> caption;

    private Figure(List<Panel> panels, int perRow, List<String> caption) {
        this.panels = List.copyOf(panels);
        this.perRow = perRow;
        this.caption = List.copyOf(caption);
    }

    /** The same figure with these lines written under its panels. */
    Figure captioned(List<String> lines) {
        return new Figure(panels, perRow, lines);
    }

    /** A white image to draw a panel on by hand, and its graphics, smoothed. */
    static Graphics2D canvas(BufferedImage image) {
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        return g;
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
        return new Figure(List.of(panel), 0, List.of());
    }

    /** Panels side by side, in rows of {@code perRow}, on one white image. */
    static Figure grid(List<Panel> panels, int perRow) {
        if (panels.isEmpty() || perRow < 1) {
            throw new IllegalArgumentException("a grid needs panels and at least one per row");
        }
        return new Figure(panels, perRow, List.of());
    }

    BufferedImage image() {
        BufferedImage drawn = panelsImage();
        if (caption.isEmpty()) {
            return drawn;
        }
        int height = drawn.getHeight() + CAPTION_LINE * caption.size() + 16;
        BufferedImage out = new BufferedImage(drawn.getWidth(), height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, out.getWidth(), height);
        g.drawImage(drawn, 0, 0, null);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.BLACK);
        g.setFont(CAPTION_FONT);
        for (int i = 0; i < caption.size(); i++) {
            g.drawString(caption.get(i), 20, drawn.getHeight() + CAPTION_LINE * (i + 1));
        }
        g.dispose();
        return out;
    }

    private BufferedImage panelsImage() {
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
        StringBuilder notes = new StringBuilder();
        for (String line : caption) {
            notes.append("caption: ").append(line).append('\n');
        }
        return panelsData() + notes;
    }

    private String panelsData() {
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
