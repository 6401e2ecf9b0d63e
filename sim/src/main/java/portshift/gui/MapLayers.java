package portshift.gui;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import portshift.map.SeaLane;
import portshift.map.SeaLanes;
import portshift.model.Port;
import portshift.model.PortshiftModel;
import portshift.model.Route;
import portshift.model.Shipment;
import portshift.model.World;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.FieldPortrayal2D;

/** The map's layers below the ports: land, routes and loads in transit (the date and legend: {@link Legend}). */
final class MapLayers {
    static final Color SEA = new Color(214, 230, 242);
    static final Color LAND = new Color(236, 232, 220);
    static final Color COAST = new Color(170, 165, 150);
    static final Color ROUTE = new Color(150, 40, 40);
    static final Color LOAD = new Color(40, 40, 40);

    private MapLayers() {
    }

    /** From map units to the screen, for the field's current drawing rectangle. */
    static AffineTransform toScreen(DrawInfo2D info, MapView view) {
        AffineTransform t = new AffineTransform();
        t.translate(info.draw.x, info.draw.y);
        t.scale(info.draw.width / view.width, info.draw.height / view.height);
        return t;
    }

    static void smooth(Graphics2D g) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    }

    /** Land outlines of Natural Earth, and the outline of another view shown in its own window, if any. */
    static final class Land extends FieldPortrayal2D {
        private final MapView view;
        private final MapView outlined;

        Land(MapView view, MapView outlined) {
            this.view = view;
            this.outlined = outlined;
        }

        @Override
        public void draw(Object field, Graphics2D g, DrawInfo2D info) {
            smooth(g);
            AffineTransform t = toScreen(info, view);
            g.setColor(SEA);
            g.fill(t.createTransformedShape(new java.awt.geom.Rectangle2D.Double(0, 0, view.width, view.height)));
            for (Path2D.Double land : LandShapes.shapes(view)) {
                Shape s = t.createTransformedShape(land);
                g.setColor(LAND);
                g.fill(s);
                g.setColor(COAST);
                g.setStroke(new BasicStroke(0.6f));
                g.draw(s);
            }
            if (outlined != null) {
                java.awt.geom.Rectangle2D.Double frame = new java.awt.geom.Rectangle2D.Double(view.x(outlined.west),
                        view.y(outlined.north), view.x(outlined.east) - view.x(outlined.west),
                        view.y(outlined.south) - view.y(outlined.north));
                Shape s = t.createTransformedShape(frame);
                g.setColor(PortPortrayal.ALLIANCE);
                g.setStroke(new BasicStroke(1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, new float[] {6, 4}, 0));
                g.draw(s);
                g.setFont(new Font(Font.SANS_SERIF, Font.ITALIC, 12));
                g.drawString(outlined.name + " view (its own window)", (float) s.getBounds2D().getMinX() + 2,
                        (float) s.getBounds2D().getMinY() - 5);
            }
        }
    }

    /** A layer drawn from the world shown (the scenario's before the run starts), in map units. */
    abstract static class ModelLayer extends FieldPortrayal2D {
        final PortshiftWithUI gui;
        final MapView view;

        ModelLayer(PortshiftWithUI gui, MapView view) {
            this.gui = gui;
            this.view = view;
        }

        @Override
        public final void draw(Object field, Graphics2D g, DrawInfo2D info) {
            smooth(g);
            draw(gui.world(), g, toScreen(info, view), info);
        }

        /** Draws the world, with {@code t} from map units to the screen. */
        abstract void draw(World world, Graphics2D g, AffineTransform t, DrawInfo2D info);

        /** The sea lane from one port to another, in map units (kept per view). */
        Path2D lane(Port a, Port b) {
            return Lanes.path(view, Lanes.of(a, b));
        }
    }

    /**
     * The sea lanes ({@link SeaLanes}) that routes and loads follow: computed together for a world's legs the first
     * time it is drawn, then kept, with their paths in each view's map units.
     */
    static final class Lanes {
        private static World prepared;
        private static final Map<MapView, Map<SeaLane, Path2D>> PATHS = new HashMap<>();

        private Lanes() {
        }

        /** Computes the lanes of every leg of the world's routes at once (one search per port sailed from). */
        static synchronized void prepare(World world) {
            if (world == prepared) {
                return;
            }
            List<double[]> legs = new ArrayList<>();
            for (Route r : world.routes()) {
                Port from = r.origin();
                if (r.viaHub()) {
                    legs.add(leg(from, r.hub()));
                    from = r.hub();
                }
                legs.add(leg(from, r.destination()));
            }
            SeaLanes.world().prepare(legs);
            prepared = world;
        }

        private static double[] leg(Port a, Port b) {
            return new double[] {a.longitude(), a.latitude(), b.longitude(), b.latitude()};
        }

        static SeaLane of(Port a, Port b) {
            return SeaLanes.world().lane(a.longitude(), a.latitude(), b.longitude(), b.latitude());
        }

        static synchronized Path2D path(MapView view, SeaLane lane) {
            return PATHS.computeIfAbsent(view, v -> new HashMap<>()).computeIfAbsent(lane, l -> {
                Path2D.Double path = new Path2D.Double();
                path.moveTo(view.x(l.lon(0)), view.y(l.lat(0)));
                for (int k = 1; k < l.size(); k++) {
                    path.lineTo(view.x(l.lon(k)), view.y(l.lat(k)));
                }
                return path;
            });
        }
    }

    /**
     * Every route, thin and grey, so that the network shows before the run starts (fainter once it
     * runs); over it, the routes with cocaine on them in the last 30 days, wider for more kilograms.
     * Each is drawn along its sea lanes (origin to hub to destination), not across the land.
     */
    static final class Routes extends ModelLayer {
        private static final Color NETWORK = new Color(110, 110, 130, 60);
        private static final Color NETWORK_RUNNING = new Color(110, 110, 130, 16);

        Routes(PortshiftWithUI gui, MapView view) {
            super(gui, view);
        }

        @Override
        void draw(World world, Graphics2D g, AffineTransform t, DrawInfo2D info) {
            double zoom = info.draw.width / view.width;
            Lanes.prepare(world);
            RecentActivity recent = gui.recent();
            g.setColor(recent == null ? NETWORK : NETWORK_RUNNING);
            g.setStroke(new BasicStroke(0.8f));
            for (Route r : world.routes()) {
                drawRoute(g, t, r);
            }
            if (recent == null) {
                return;
            }
            for (Route r : world.routes()) {
                double kg = recent.routeKg(r);
                if (kg <= 0) {
                    continue;
                }
                float width = (float) (zoom * Math.min(9, 0.35 * Math.sqrt(kg / 100)));
                g.setStroke(new BasicStroke(Math.max(0.5f, width), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
                g.setColor(new Color(ROUTE.getRed(), ROUTE.getGreen(), ROUTE.getBlue(), 110));
                drawRoute(g, t, r);
            }
        }

        private void drawRoute(Graphics2D g, AffineTransform t, Route r) {
            Port from = r.origin();
            if (r.viaHub()) {
                g.draw(t.createTransformedShape(lane(from, r.hub())));
                from = r.hub();
            }
            g.draw(t.createTransformedShape(lane(from, r.destination())));
        }
    }

    /** Loads at sea, as dots moving along the sea lane of their current leg, by the share of its days gone. */
    static final class Loads extends ModelLayer {
        Loads(PortshiftWithUI gui, MapView view) {
            super(gui, view);
        }

        @Override
        void draw(World world, Graphics2D g, AffineTransform t, DrawInfo2D info) {
            PortshiftModel model = gui.model();
            if (model.world() == null) {
                return;
            }
            double today = model.schedule.getTime();
            Lanes.prepare(model.world());
            g.setColor(LOAD);
            for (Shipment s : model.inTransit()) {
                Port from = s.previousPort();
                Port to = s.nextPort();
                if (from == null || to == null) {
                    continue;
                }
                double span = Math.max(1, s.arrivalDay() - s.legStartDay());
                double f = Math.max(0, Math.min(1, (today - s.legStartDay()) / span));
                double[] at = Lanes.of(from, to).at(f);
                double x = view.x(at[0]);
                double y = view.y(at[1]);
                double r = 1.5 + Math.sqrt(s.kg()) / 12;
                g.fill(t.createTransformedShape(new Ellipse2D.Double(x - r, y - r, 2 * r, 2 * r)));
            }
        }
    }
}
