package portshift.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * One outcome's spread over replications, drawn by hand as horizontal box plots, one row per scenario named at its
 * left, so that two scenarios or thirty variants read the same way. The axis starts at 0 (the outcomes drawn are
 * quantities and shares), so that the boxes' lengths compare: a difference of 1% looks like one. A box spans the
 * quartiles, its thick line is the median, the whiskers reach the furthest values within 1.5 times the box's length,
 * and values beyond are drawn as dots.
 */
final class BoxPanel implements Figure.Panel {
    private static final int PLOT = 420;
    private static final int TOP = 52;
    private static final int BOTTOM = 56;
    private static final int RIGHT = 24;
    private static final int MOST_LEFT = 460;

    /** A row: a scenario's name, colour and values, in replication order. */
    record Row(String name, Color colour, double[] values) {
    }

    /** The five numbers a box is drawn from: the whiskers' ends, the quartiles and the median. */
    record Box(double low, double q1, double median, double q3, double high) {
        /** Quartiles by linear interpolation between order statistics (R's type 7, numpy's default). */
        static Box of(double[] values) {
            double[] v = Arrays.stream(values).filter(Double::isFinite).sorted().toArray();
            if (v.length == 0) {
                return null;
            }
            double q1 = quantile(v, 0.25);
            double q3 = quantile(v, 0.75);
            double reach = 1.5 * (q3 - q1);
            double low = Arrays.stream(v).filter(x -> x >= q1 - reach).min().orElse(q1);
            double high = Arrays.stream(v).filter(x -> x <= q3 + reach).max().orElse(q3);
            return new Box(low, q1, quantile(v, 0.5), q3, high);
        }

        private static double quantile(double[] sorted, double p) {
            double h = (sorted.length - 1) * p;
            int i = (int) Math.floor(h);
            return i + 1 < sorted.length ? sorted[i] + (h - i) * (sorted[i + 1] - sorted[i]) : sorted[i];
        }
    }

    private final String title;
    private final String axis;
    private final List<Row> rows;
    private final int height;
    private final int left;

    /** The panel; its height gives each row room enough, its left margin each name (up to a limit). */
    BoxPanel(String title, String axis, List<Row> rows) {
        this.title = title;
        this.axis = axis;
        this.rows = List.copyOf(rows);
        this.height = TOP + BOTTOM + Math.max(rows.size() * 24, 260);
        Graphics2D g = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB).createGraphics();
        FontMetrics fm = g.getFontMetrics(nameFont());
        int widest = rows.stream().mapToInt(r -> fm.stringWidth(r.name())).max().orElse(0);
        g.dispose();
        this.left = Math.max(140, Math.min(MOST_LEFT, widest + 24));
    }

    private Font nameFont() {
        return new Font(Font.SANS_SERIF, Font.PLAIN, rows.size() > 12 ? 11 : 13);
    }

    /** The axis's ends: from 0 (or the lowest value, if below 0) to a round number above the largest. */
    double[] range() {
        double min = 0;
        double max = 0;
        for (Row r : rows) {
            for (double v : r.values()) {
                if (Double.isFinite(v)) {
                    min = Math.min(min, v);
                    max = Math.max(max, v);
                }
            }
        }
        if (max <= min) {
            max = min + 1;
        }
        double step = step(max - min);
        return new double[] {Math.floor(min / step) * step, Math.ceil(max * 1.02 / step) * step};
    }

    private static double step(double span) {
        double raw = span / 5;
        double power = Math.pow(10, Math.floor(Math.log10(raw)));
        for (double m : new double[] {1, 2, 2.5, 5, 10}) {
            if (m * power >= raw) {
                return m * power;
            }
        }
        return 10 * power;
    }

    @Override
    public String data() {
        double[] range = range();
        StringBuilder out = new StringBuilder("box plot, drawn by hand\n");
        out.append("title: ").append(title).append('\n');
        out.append("x axis: ").append(axis).append(", from ").append(ChartData.number(range[0])).append(" to ")
                .append(ChartData.number(range[1])).append('\n');
        for (Row r : rows) {
            Box b = Box.of(r.values());
            out.append("row: ").append(r.name());
            if (b != null) {
                for (double v : new double[] {b.low(), b.q1(), b.median(), b.q3(), b.high()}) {
                    out.append(" | ").append(ChartData.number(v));
                }
            }
            out.append('\n').append("  values: ");
            out.append(String.join(" | ", Arrays.stream(r.values()).mapToObj(ChartData::number).toList())).append('\n');
        }
        return out.toString();
    }

    @Override
    public BufferedImage image() {
        int width = left + PLOT + RIGHT;
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = Figure.canvas(image);
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 16));
        FontMetrics fm = g.getFontMetrics();
        g.drawString(title, (width - fm.stringWidth(title)) / 2, 26);
        double[] range = range();
        int x0 = left;
        int x1 = left + PLOT;
        int plotTop = TOP;
        int plotBottom = height - BOTTOM;
        double step = step(range[1] - range[0]);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        fm = g.getFontMetrics();
        for (double v = range[0]; v <= range[1] + step / 1e6; v += step) {
            int x = (int) Math.round(x(v, range, x0, x1));
            g.setColor(Math.abs(v) < step / 1e6 ? Color.DARK_GRAY : new Color(228, 228, 228));
            g.drawLine(x, plotTop, x, plotBottom);
            g.setColor(Color.DARK_GRAY);
            String tick = tick(v, step);
            g.drawString(tick, x - fm.stringWidth(tick) / 2, plotBottom + 16);
        }
        g.drawString(axis, (x0 + x1 - fm.stringWidth(axis)) / 2, plotBottom + 38);
        double rowHeight = (plotBottom - plotTop) / (double) Math.max(1, rows.size());
        double boxHeight = Math.min(40, rowHeight * 0.6);
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            double y = plotTop + rowHeight * (i + 0.5);
            g.setColor(Color.BLACK);
            g.setFont(nameFont());
            fm = g.getFontMetrics();
            String name = ForestPlot.fit(r.name(), fm, left - 14);
            g.drawString(name, left - 10 - fm.stringWidth(name), (int) Math.round(y + fm.getAscent() / 2.0 - 1));
            Box b = Box.of(r.values());
            if (b == null) {
                continue;
            }
            g.setColor(r.colour());
            g.setStroke(new BasicStroke(1.5f));
            g.draw(new Line2D.Double(x(b.low(), range, x0, x1), y, x(b.q1(), range, x0, x1), y));
            g.draw(new Line2D.Double(x(b.q3(), range, x0, x1), y, x(b.high(), range, x0, x1), y));
            for (double end : new double[] {b.low(), b.high()}) {
                g.draw(new Line2D.Double(x(end, range, x0, x1), y - boxHeight / 4, x(end, range, x0, x1), y + boxHeight / 4));
            }
            Rectangle2D box = new Rectangle2D.Double(x(b.q1(), range, x0, x1), y - boxHeight / 2,
                    Math.max(1, x(b.q3(), range, x0, x1) - x(b.q1(), range, x0, x1)), boxHeight);
            g.setColor(Palette.translucent(r.colour(), 70));
            g.fill(box);
            g.setColor(r.colour());
            g.draw(box);
            g.setStroke(new BasicStroke(3f));
            g.draw(new Line2D.Double(x(b.median(), range, x0, x1), y - boxHeight / 2, x(b.median(), range, x0, x1),
                    y + boxHeight / 2));
            g.setStroke(new BasicStroke(1.2f));
            for (double v : r.values()) {
                if (Double.isFinite(v) && (v < b.low() || v > b.high())) {
                    g.draw(new Ellipse2D.Double(x(v, range, x0, x1) - 3, y - 3, 6, 6));
                }
            }
        }
        g.dispose();
        return image;
    }

    private static double x(double v, double[] range, int x0, int x1) {
        return x0 + (v - range[0]) / (range[1] - range[0]) * (x1 - x0);
    }

    private static String tick(double v, double step) {
        if (step >= 1) {
            return String.format(Locale.ROOT, "%,.0f", v);
        }
        int decimals = (int) Math.max(0, Math.ceil(-Math.log10(step) - 1e-9)) + (step * Math.pow(10,
                Math.ceil(-Math.log10(step) - 1e-9)) % 1 != 0 ? 1 : 0);
        return String.format(Locale.ROOT, "%." + decimals + "f", v);
    }
}
