package portshift.gui;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

import sim.portrayal.DrawInfo2D;
import sim.portrayal.FieldPortrayal2D;

/**
 * The date and the legend of a map, in the top-left corner of the view: every symbol the map draws,
 * with what it means. Each map has its own; the Atlantic's also has the organisations' diamonds.
 */
final class Legend extends FieldPortrayal2D {
    /** Distance of the legend from the view's corner, in pixels. */
    static final int MARGIN = 10;
    private static final int PAD = 10;
    private static final int ROW = 16;
    private static final int SYMBOL = 26;
    static final Font DATE_FONT = new Font(Font.SANS_SERIF, Font.BOLD, 15);
    static final Font HEAD_FONT = new Font(Font.SANS_SERIF, Font.BOLD, 12);
    static final Font FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
    private static final Font NOTE_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 10);
    private static final Color FAINT_ROUTE = new Color(110, 110, 130, 110);

    private final PortshiftWithUI gui;
    private final boolean organisations;

    /**
     * @param organisations whether the map shows the trafficking organisations (the Atlantic does)
     */
    Legend(PortshiftWithUI gui, boolean organisations) {
        this.gui = gui;
        this.organisations = organisations;
    }

    /** The symbols and their meanings, in order. */
    private enum Row {
        SEIZED_HEAD, SEIZED_0, SEIZED_1, SEIZED_2, SEIZED_3, SEIZED_4, SIZE, ALLIANCE, MOVED, ROUTE, NETWORK, LOAD, ORGANISATION
    }

    private List<Row> rows() {
        List<Row> rows = new ArrayList<>(List.of(Row.values()));
        if (!organisations) {
            rows.remove(Row.ORGANISATION);
        }
        return rows;
    }

    private static String text(Row row) {
        return switch (row) {
            case SEIZED_HEAD -> "Port, by cocaine seized in 30 days:";
            case SEIZED_0, SEIZED_1, SEIZED_2, SEIZED_3, SEIZED_4 -> PortPortrayal.SCALE_LABELS[row.ordinal() - 1];
            case SIZE -> "larger circle: more containers a year";
            case ALLIANCE -> "member of the alliance";
            case MOVED -> "port moved aside; line to its place";
            case ROUTE -> "route used in 30 days, width: kg";
            case NETWORK -> "route not used lately";
            case LOAD -> "load of cocaine at sea";
            case ORGANISATION -> "trafficking organisation";
        };
    }

    /** The legend's box, in pixels from the view's top-left corner, as drawn with these graphics' fonts. */
    Rectangle2D.Double box(Graphics2D g) {
        FontMetrics fm = g.getFontMetrics(FONT);
        int width = g.getFontMetrics(DATE_FONT).stringWidth("18 Sep 2024  (day 999)");
        for (Row row : rows()) {
            int indent = row == Row.SEIZED_HEAD ? 0 : SYMBOL;
            width = Math.max(width, indent + g.getFontMetrics(row == Row.SEIZED_HEAD ? HEAD_FONT : FONT).stringWidth(text(row)));
        }
        width = Math.max(width, fm.stringWidth("Land: Natural Earth"));
        int height = PAD + 22 + rows().size() * ROW + 14 + PAD;
        return new Rectangle2D.Double(MARGIN, MARGIN, width + 2 * PAD, height);
    }

    @Override
    public void draw(Object field, Graphics2D g, DrawInfo2D info) {
        MapLayers.smooth(g);
        double ox = Math.max(info.clip.x, info.draw.x);
        double oy = Math.max(info.clip.y, info.draw.y);
        Rectangle2D.Double b = box(g);
        int x = (int) (ox + b.x);
        int y = (int) (oy + b.y);
        g.setColor(new Color(255, 255, 255, 235));
        g.fillRoundRect(x, y, (int) b.width, (int) b.height, 10, 10);
        g.setColor(Color.GRAY);
        g.setStroke(new BasicStroke(1f));
        g.drawRoundRect(x, y, (int) b.width, (int) b.height, 10, 10);
        g.setFont(DATE_FONT);
        g.setColor(Color.BLACK);
        g.drawString(gui.dateLabel(), x + PAD, y + PAD + 14);
        int row = y + PAD + 22;
        for (Row r : rows()) {
            int mid = row + ROW / 2;
            int sx = x + PAD;
            drawSymbol(g, r, sx, mid);
            g.setColor(Color.BLACK);
            g.setFont(r == Row.SEIZED_HEAD ? HEAD_FONT : FONT);
            int indent = r == Row.SEIZED_HEAD ? 0 : SYMBOL;
            g.drawString(text(r), sx + indent, mid + 4);
            row += ROW;
        }
        g.setFont(NOTE_FONT);
        g.setColor(Color.DARK_GRAY);
        g.drawString("Land: Natural Earth", x + PAD, row + 10);
    }

    /** The symbol of a row, centred vertically on mid, in the 26-pixel column at sx. */
    private static void drawSymbol(Graphics2D g, Row r, int sx, int mid) {
        double cx = sx + 10;
        switch (r) {
            case SEIZED_HEAD -> {
            }
            case SEIZED_0, SEIZED_1, SEIZED_2, SEIZED_3, SEIZED_4 -> {
                Ellipse2D.Double c = new Ellipse2D.Double(cx - 6, mid - 6, 12, 12);
                g.setColor(PortPortrayal.colour(PortPortrayal.SCALE_KG[r.ordinal() - 1]));
                g.fill(c);
                g.setColor(PortPortrayal.OUTLINE);
                g.setStroke(new BasicStroke(1f));
                g.draw(c);
            }
            case SIZE -> {
                g.setColor(PortPortrayal.OUTLINE);
                g.setStroke(new BasicStroke(1f));
                g.draw(new Ellipse2D.Double(cx - 9, mid - 3, 6, 6));
                g.draw(new Ellipse2D.Double(cx - 2, mid - 7, 13, 13));
            }
            case ALLIANCE -> {
                g.setColor(Color.WHITE);
                g.fill(new Ellipse2D.Double(cx - 5, mid - 5, 10, 10));
                g.setColor(PortPortrayal.ALLIANCE);
                g.setStroke(new BasicStroke(2.5f));
                g.draw(new Ellipse2D.Double(cx - 7, mid - 7, 14, 14));
            }
            case MOVED -> {
                g.setColor(PortPortrayal.PLACE_LINE);
                g.setStroke(new BasicStroke(1.2f));
                g.draw(new Line2D.Double(cx - 9, mid + 6, cx + 1, mid - 1));
                g.fill(new Ellipse2D.Double(cx - 10.5, mid + 4.5, 3, 3));
                Ellipse2D.Double c = new Ellipse2D.Double(cx - 1, mid - 8, 11, 11);
                g.setColor(PortPortrayal.colour(PortPortrayal.SCALE_KG[2]));
                g.fill(c);
                g.setColor(PortPortrayal.OUTLINE);
                g.draw(c);
            }
            case ROUTE -> {
                g.setColor(new Color(MapLayers.ROUTE.getRed(), MapLayers.ROUTE.getGreen(), MapLayers.ROUTE.getBlue(), 200));
                g.setStroke(new BasicStroke(4f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
                g.draw(new Line2D.Double(cx - 9, mid, cx + 9, mid));
            }
            case NETWORK -> {
                g.setColor(FAINT_ROUTE);
                g.setStroke(new BasicStroke(1f));
                g.draw(new Line2D.Double(cx - 9, mid, cx + 9, mid));
            }
            case LOAD -> {
                g.setColor(MapLayers.LOAD);
                g.fill(new Ellipse2D.Double(cx - 3, mid - 3, 6, 6));
            }
            case ORGANISATION -> {
                Path2D.Double diamond = new Path2D.Double();
                diamond.moveTo(cx - 6, mid);
                diamond.lineTo(cx, mid - 6);
                diamond.lineTo(cx + 6, mid);
                diamond.lineTo(cx, mid + 6);
                diamond.closePath();
                g.setColor(PortPortrayal.ORGANISATION);
                g.fill(diamond);
            }
        }
    }
}
