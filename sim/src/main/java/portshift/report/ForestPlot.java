package portshift.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import portshift.analysis.MetricComparison;
import portshift.analysis.Outcome;

/**
 * Every outcome's B - A with its 95% CI on one figure, as a forest plot. The outcomes have different
 * units, so each is drawn as a change relative to A's mean (in %); its value in its own unit is written
 * beside it. The intervals are those of the paired differences (replication r of A against replication r of B,
 * which shared a seed). A filled dot is a significant difference (at 5%), an open one is not; a difference that is
 * the same in every pair is drawn as an open dot without a bar and said to be fixed; outcomes whose A mean is 0 or
 * missing are listed without a bar. Beside each label, the side a policy should move the outcome to, as the outcome
 * declares it (none for outcomes that only describe the traffic).
 */
final class ForestPlot {
    private static final int WIDTH = 1640;
    private static final int ROW = 34;
    private static final int TOP = 90;
    private static final int BOTTOM = 84;
    private static final int LABEL_WIDTH = 440;
    /** The column that says which way is better, between the labels and the plot. */
    private static final int BETTER_WIDTH = 130;
    private static final Color BETTER = new Color(0, 120, 60);
    private static final int TEXT_WIDTH = 420;
    private static final Color SIGNIFICANT = new Color(0, 114, 178);
    private static final Color GRID = new Color(225, 225, 225);
    private static final String SUBTITLE = "as % of A's mean, paired by seed (filled: significant at 5%); better: the "
            + "side a policy should move the outcome to; right: B - A [95% CI] in the outcome's unit, or fixed";
    private static final String AXIS = "change from A, % of A's mean";

    /**
     * A row: label, relative difference and CI in % of A (NaN if none), how it tested, the absolute text, and which way
     * is better for the outcome.
     */
    record Row(String label, double relative, double low, double high, Verdict verdict, String text, Outcome.Better better) {
        boolean significant() {
            return verdict == Verdict.SIGNIFICANT;
        }
    }

    /** How a row's difference tested, as the figure's data names it. */
    enum Verdict {
        SIGNIFICANT("significant"),
        NOT_SIGNIFICANT("not significant"),
        FIXED("fixed"),
        NOT_COMPARED("not compared");

        private final String words;

        Verdict(String words) {
            this.words = words;
        }
    }

    private ForestPlot() {
    }

    static Figure of(String a, String b, List<MetricComparison> comparisons) {
        List<Row> rows = rows(comparisons);
        return Figure.of(new Figure.Panel() {
            @Override
            public BufferedImage image() {
                return draw(a, b, rows);
            }

            @Override
            public String data() {
                return drawn(a, b, rows);
            }
        });
    }

    /** What the plot draws: its titles, the axis's half-width, and each row as drawn (the label uncut). */
    private static String drawn(String a, String b, List<Row> rows) {
        StringBuilder out = new StringBuilder("forest plot, drawn by hand\n");
        out.append("title: ").append(title(a, b)).append('\n');
        out.append("subtitle: ").append(SUBTITLE).append('\n');
        out.append("x axis: ").append(AXIS).append(", from -").append(ChartData.number(limit(rows))).append(" to +")
                .append(ChartData.number(limit(rows))).append('\n');
        for (Row r : rows) {
            out.append("row: ").append(r.label()).append(" | ").append(ChartData.number(r.relative())).append(" | ")
                    .append(ChartData.number(r.low())).append(" | ").append(ChartData.number(r.high())).append(" | ")
                    .append(r.verdict().words).append(" | ").append(r.text()).append(" | ").append(better(r.better()))
                    .append('\n');
        }
        return out.toString();
    }

    private static String title(String a, String b) {
        return b + " against " + a + ": B - A with its 95% CI";
    }

    static List<Row> rows(List<MetricComparison> comparisons) {
        List<Row> out = new ArrayList<>();
        for (MetricComparison m : comparisons) {
            double base = Math.abs(m.meanA());
            boolean relative = base > 0 && Double.isFinite(base) && m.compared();
            double scale = relative ? 100 / base : Double.NaN;
            String text;
            if (m.fixed()) {
                text = String.format(Locale.ROOT, "%s %s, fixed", signed(m.meanDifference()), m.metric().unit());
            } else if (m.compared()) {
                text = String.format(Locale.ROOT, "%s [%s, %s] %s", signed(m.meanDifference()),
                        ComparisonTable.num(m.ciLow()), ComparisonTable.num(m.ciHigh()), m.metric().unit());
            } else {
                text = "one side only";
            }
            Verdict verdict = !m.compared() ? Verdict.NOT_COMPARED : m.fixed() ? Verdict.FIXED
                    : relative && m.significant() ? Verdict.SIGNIFICANT : Verdict.NOT_SIGNIFICANT;
            double low = m.fixed() ? Double.NaN : m.ciLow() * scale;
            double high = m.fixed() ? Double.NaN : m.ciHigh() * scale;
            out.add(new Row(m.metric().label(), m.meanDifference() * scale, low, high, verdict, text,
                    m.metric().outcome().better()));
        }
        return out;
    }

    /** Which way is better, in words: as the better column reads. */
    static String better(Outcome.Better b) {
        return switch (b) {
            case LOWER -> "lower is better";
            case HIGHER -> "higher is better";
            case NEITHER -> "neither is better";
        };
    }

    private static String signed(double v) {
        String s = ComparisonTable.num(v);
        return v > 0 ? "+" + s : s;
    }

    private static BufferedImage draw(String a, String b, List<Row> rows) {
        int height = TOP + BOTTOM + ROW * rows.size();
        BufferedImage image = new BufferedImage(WIDTH, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = Figure.canvas(image);
        double limit = limit(rows);
        int x0 = LABEL_WIDTH + BETTER_WIDTH;
        int x1 = WIDTH - TEXT_WIDTH;
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 20));
        g.drawString(title(a, b), 20, 36);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 14));
        g.drawString(SUBTITLE, 20, 62);
        // axis: grid lines at round percentages, and 0
        double step = niceStep(limit);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
        FontMetrics fm = g.getFontMetrics();
        int axisY = TOP + ROW * rows.size() + 8;
        for (double v = -Math.floor(limit / step) * step; v <= limit + 1e-9; v += step) {
            int x = (int) Math.round(x(v, limit, x0, x1));
            g.setColor(Math.abs(v) < 1e-9 ? Color.DARK_GRAY : GRID);
            g.setStroke(new BasicStroke(Math.abs(v) < 1e-9 ? 1.5f : 1f));
            g.drawLine(x, TOP - 6, x, axisY);
            g.setColor(Color.DARK_GRAY);
            String tick = String.format(Locale.ROOT, "%+.0f%%", v).replace("+0%", "0%");
            g.drawString(tick, x - fm.stringWidth(tick) / 2, axisY + 18);
        }
        g.drawString(AXIS, (x0 + x1) / 2 - 90, axisY + 40);
        g.drawString("a triangle at an end: beyond the axis (its value on the right)", x0, axisY + 58);
        g.setColor(BETTER);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 13));
        g.drawString("better", LABEL_WIDTH + 10, TOP - 12);
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            int y = TOP + ROW * i + ROW / 2;
            g.setColor(i % 2 == 0 ? new Color(247, 247, 247) : Color.WHITE);
            g.fillRect(0, y - ROW / 2, x0 - 10, ROW);
            g.fillRect(x1 + 10, y - ROW / 2, WIDTH - x1 - 10, ROW);
            g.setColor(Color.BLACK);
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 14));
            fm = g.getFontMetrics();
            g.drawString(fit(r.label(), fm, LABEL_WIDTH - 30), 20, y + 5);
            g.drawString(r.text(), x1 + 20, y + 5);
            drawBetter(g, r.better(), LABEL_WIDTH, y);
            if (!Double.isFinite(r.relative())) {
                continue;
            }
            Color c = r.significant() ? SIGNIFICANT : Color.GRAY;
            g.setColor(c);
            g.setStroke(new BasicStroke(2.5f));
            double lo = Double.isFinite(r.low()) ? clamp(r.low(), limit) : clamp(r.relative(), limit);
            double hi = Double.isFinite(r.high()) ? clamp(r.high(), limit) : clamp(r.relative(), limit);
            g.draw(new Line2D.Double(x(lo, limit, x0, x1), y, x(hi, limit, x0, x1), y));
            double cx = x(clamp(r.relative(), limit), limit, x0, x1);
            if (Math.abs(r.relative()) > limit) {
                // beyond the axis: a triangle at its end, pointing out; the value is written on the right
                int dir = r.relative() > 0 ? 1 : -1;
                int tip = (int) Math.round(cx) + dir * 8;
                int[] xs = {tip, tip - dir * 14, tip - dir * 14};
                int[] ys = {y, y - 8, y + 8};
                if (r.significant()) {
                    g.fillPolygon(xs, ys, 3);
                } else {
                    g.setColor(Color.WHITE);
                    g.fillPolygon(xs, ys, 3);
                    g.setColor(c);
                    g.drawPolygon(xs, ys, 3);
                }
                continue;
            }
            Ellipse2D dot = new Ellipse2D.Double(cx - 6, y - 6, 12, 12);
            if (r.significant()) {
                g.fill(dot);
            } else {
                g.setColor(Color.WHITE);
                g.fill(dot);
                g.setColor(c);
                g.draw(dot);
            }
        }
        g.dispose();
        return image;
    }

    /** The better column of a row: a triangle pointing to the better side, and the word lower or higher. */
    private static void drawBetter(Graphics2D g, Outcome.Better better, int left, int y) {
        if (better == Outcome.Better.NEITHER) {
            return;
        }
        g.setColor(BETTER);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
        boolean lower = better == Outcome.Better.LOWER;
        int tip = lower ? left + 10 : left + BETTER_WIDTH - 20;
        int base = lower ? tip + 10 : tip - 10;
        g.fillPolygon(new int[] {tip, base, base}, new int[] {y, y - 6, y + 6}, 3);
        String word = lower ? "lower" : "higher";
        int w = g.getFontMetrics().stringWidth(word);
        g.drawString(word, lower ? base + 6 : base - 6 - w, y + 5);
    }

    /** Half the width of the axis, in %: the largest end of any interval, at least 1%, at most 100%. */
    static double limit(List<Row> rows) {
        double max = 1;
        for (Row r : rows) {
            for (double v : new double[] {r.relative(), r.low(), r.high()}) {
                if (Double.isFinite(v)) {
                    max = Math.max(max, Math.abs(v));
                }
            }
        }
        return Math.min(100, max * 1.1);
    }

    private static double clamp(double v, double limit) {
        return Math.max(-limit, Math.min(limit, v));
    }

    private static double x(double v, double limit, int x0, int x1) {
        return x0 + (v + limit) / (2 * limit) * (x1 - x0);
    }

    private static double niceStep(double limit) {
        double raw = limit / 4;
        double power = Math.pow(10, Math.floor(Math.log10(raw)));
        for (double m : new double[] {1, 2, 5, 10}) {
            if (m * power >= raw) {
                return m * power;
            }
        }
        return 10 * power;
    }

    /** The text, cut with an ellipsis to fit the width. */
    static String fit(String text, FontMetrics fm, int width) {
        if (fm.stringWidth(text) <= width) {
            return text;
        }
        String t = text;
        while (t.length() > 1 && fm.stringWidth(t + "…") > width) {
            t = t.substring(0, t.length() - 1);
        }
        return t + "…";
    }
}
