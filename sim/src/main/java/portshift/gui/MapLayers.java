package portshift.gui;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;

import portshift.model.Port;
import portshift.model.PortshiftModel;
import portshift.model.Route;
import portshift.model.Shipment;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.FieldPortrayal2D;

/** The map's layers below and above the ports: land, routes, loads in transit, and the date and legend. */
final class MapLayers {
    static final Color SEA = new Color(214, 230, 242);
    static final Color LAND = new Color(236, 232, 220);
    static final Color COAST = new Color(170, 165, 150);
    static final Color ROUTE = new Color(150, 40, 40);
    static final Color LOAD = new Color(40, 40, 40);

    private MapLayers() {
    }

    /** From map units to the screen, for the field's current drawing rectangle. */
    static AffineTransform toScreen(DrawInfo2D info) {
        AffineTransform t = new AffineTransform();
        t.translate(info.draw.x, info.draw.y);
        t.scale(info.draw.width / MapProjection.WIDTH, info.draw.height / MapProjection.HEIGHT);
        return t;
    }

    static void smooth(Graphics2D g) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    }

    /** Land outlines of Natural Earth. */
    static final class Land extends FieldPortrayal2D {
        @Override
        public void draw(Object field, Graphics2D g, DrawInfo2D info) {
            smooth(g);
            AffineTransform t = toScreen(info);
            g.setColor(SEA);
            g.fill(t.createTransformedShape(new java.awt.geom.Rectangle2D.Double(0, 0, MapProjection.WIDTH, MapProjection.HEIGHT)));
            for (Path2D.Double land : LandShapes.shapes()) {
                Shape s = t.createTransformedShape(land);
                g.setColor(LAND);
                g.fill(s);
                g.setColor(COAST);
                g.setStroke(new BasicStroke(0.6f));
                g.draw(s);
            }
        }
    }

    /** A layer drawn from the running model, in map units, once the model has a world. */
    abstract static class ModelLayer extends FieldPortrayal2D {
        final PortshiftWithUI gui;

        ModelLayer(PortshiftWithUI gui) {
            this.gui = gui;
        }

        @Override
        public final void draw(Object field, Graphics2D g, DrawInfo2D info) {
            PortshiftModel model = gui.model();
            if (model.world() == null) {
                return;
            }
            smooth(g);
            draw(model, g, toScreen(info), info);
        }

        /** Draws the model, with {@code t} from map units to the screen. */
        abstract void draw(PortshiftModel model, Graphics2D g, AffineTransform t, DrawInfo2D info);
    }

    /** Routes with cocaine on them in the last 30 days, wider for more kilograms. */
    static final class Routes extends ModelLayer {
        Routes(PortshiftWithUI gui) {
            super(gui);
        }

        @Override
        void draw(PortshiftModel model, Graphics2D g, AffineTransform t, DrawInfo2D info) {
            RecentActivity recent = gui.recent();
            if (recent == null) {
                return;
            }
            double zoom = info.draw.width / MapProjection.WIDTH;
            for (Route r : model.world().routes()) {
                double kg = recent.routeKg(r);
                if (kg <= 0) {
                    continue;
                }
                float width = (float) (zoom * Math.min(9, 0.35 * Math.sqrt(kg / 100)));
                g.setStroke(new BasicStroke(Math.max(0.5f, width), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
                g.setColor(new Color(ROUTE.getRed(), ROUTE.getGreen(), ROUTE.getBlue(), 110));
                Port from = r.origin();
                if (r.viaHub()) {
                    g.draw(t.createTransformedShape(line(from, r.hub())));
                    from = r.hub();
                }
                g.draw(t.createTransformedShape(line(from, r.destination())));
            }
        }

        private static Line2D line(Port a, Port b) {
            return new Line2D.Double(MapProjection.x(a.longitude()), MapProjection.y(a.latitude()),
                    MapProjection.x(b.longitude()), MapProjection.y(b.latitude()));
        }
    }

    /** Loads at sea, as dots moving along their current leg. */
    static final class Loads extends ModelLayer {
        Loads(PortshiftWithUI gui) {
            super(gui);
        }

        @Override
        void draw(PortshiftModel model, Graphics2D g, AffineTransform t, DrawInfo2D info) {
            double today = model.schedule.getTime();
            g.setColor(LOAD);
            for (Shipment s : model.inTransit()) {
                Port from = s.previousPort();
                Port to = s.nextPort();
                if (from == null || to == null) {
                    continue;
                }
                double span = Math.max(1, s.arrivalDay() - s.legStartDay());
                double f = Math.max(0, Math.min(1, (today - s.legStartDay()) / span));
                double x = MapProjection.x(from.longitude() + f * (to.longitude() - from.longitude()));
                double y = MapProjection.y(from.latitude() + f * (to.latitude() - from.latitude()));
                double r = 1.5 + Math.sqrt(s.kg()) / 12;
                g.fill(t.createTransformedShape(new Ellipse2D.Double(x - r, y - r, 2 * r, 2 * r)));
            }
        }
    }

    /** The simulated date and the legend, fixed in the top-left corner of the view. */
    static final class Overlay extends FieldPortrayal2D {
        private final PortshiftWithUI gui;

        Overlay(PortshiftWithUI gui) {
            this.gui = gui;
        }

        @Override
        public void draw(Object field, Graphics2D g, DrawInfo2D info) {
            smooth(g);
            int x = (int) Math.max(info.clip.x, info.draw.x) + 12;
            int y = (int) Math.max(info.clip.y, info.draw.y) + 12;
            g.setColor(new Color(255, 255, 255, 225));
            g.fillRoundRect(x, y, 330, 200, 10, 10);
            g.setColor(Color.DARK_GRAY);
            g.drawRoundRect(x, y, 330, 200, 10, 10);
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 16));
            g.setColor(Color.BLACK);
            g.drawString(gui.dateLabel(), x + 12, y + 24);
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
            int row = y + 48;
            for (int i = 0; i < PortPortrayal.SCALE_KG.length; i++) {
                g.setColor(PortPortrayal.colour(PortPortrayal.SCALE_KG[i]));
                g.fillOval(x + 12, row - 10, 12, 12);
                g.setColor(Color.BLACK);
                g.drawString(PortPortrayal.SCALE_LABELS[i], x + 32, row);
                row += 17;
            }
            g.setColor(PortPortrayal.ALLIANCE);
            g.setStroke(new BasicStroke(2.5f));
            g.drawOval(x + 180, y + 38, 14, 14);
            g.setColor(Color.BLACK);
            g.drawString("alliance member", x + 200, y + 50);
            g.setColor(ROUTE);
            g.setStroke(new BasicStroke(4f));
            g.drawLine(x + 180, y + 72, x + 196, y + 72);
            g.setColor(Color.BLACK);
            g.drawString("route, width = kg", x + 200, y + 76);
            g.drawString("in the last 30 days", x + 200, y + 90);
            g.setColor(LOAD);
            g.fillOval(x + 184, y + 102, 8, 8);
            g.setColor(Color.BLACK);
            g.drawString("load at sea", x + 200, y + 111);
            g.drawString("circle size = port's TEU a year", x + 180, y + 132);
            g.drawString("colour = kg seized in the last", x + 180, y + 150);
            g.drawString("30 days (left)", x + 180, y + 166);
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 10));
            g.setColor(Color.DARK_GRAY);
            g.drawString("Land: Natural Earth", x + 12, y + 192);
        }
    }
}
