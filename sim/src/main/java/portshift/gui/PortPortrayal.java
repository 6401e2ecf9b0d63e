package portshift.gui;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.Map;

import portshift.model.Port;
import sim.display.GUIState;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.Inspector;
import sim.portrayal.LocationWrapper;
import sim.portrayal.SimplePortrayal2D;

/**
 * Draws ports (sized by throughput, coloured by the kilograms seized there in the last 30 days,
 * ringed when in the alliance, named, and moved apart where circles would overlap, with a line to
 * their true place) and trafficking organisations (small diamonds at their producer), and gives each
 * an inspector in plain words ({@link MapInspector}).
 */
final class PortPortrayal extends SimplePortrayal2D {
    private static final long serialVersionUID = 1L;
    static final double[] SCALE_KG = {0, 500, 2_000, 5_000, 10_000};
    static final String[] SCALE_LABELS = {"no seizure", "up to 0.5 t", "0.5 to 2 t", "2 to 5 t", "over 5 t"};
    static final Color ALLIANCE = new Color(0, 70, 160);
    static final Color OUTLINE = Color.DARK_GRAY;
    /** The line from a port moved aside to its true place. */
    static final Color PLACE_LINE = new Color(60, 60, 60);
    static final Color ORGANISATION = new Color(90, 50, 130);
    private static final Color[] COLOURS = {new Color(255, 255, 255), new Color(254, 224, 139), new Color(253, 174, 97),
            new Color(244, 109, 67), new Color(165, 0, 38)};

    private final PortshiftWithUI gui;
    private final MapView view;
    private final Legend legend;
    /** Where each port's circle is drawn, in map units (PortPlaces), for the world last shown. */
    private transient Map<String, Point2D.Double> places = Map.of();
    /** Where the names go at the scale last drawn; placed anew when the scale or the world changes. */
    private transient PortLabels.Plan labels;

    PortPortrayal(PortshiftWithUI gui, MapView view, Legend legend) {
        this.gui = gui;
        this.view = view;
        this.legend = legend;
    }

    /** The places of the ports shown, in map units; names are placed anew. */
    void setPlaces(Map<String, Point2D.Double> places) {
        this.places = places;
        this.labels = null;
    }

    Map<String, Point2D.Double> places() {
        return places;
    }

    static Color colour(double seizedKg) {
        int k = 0;
        for (int i = 1; i < SCALE_KG.length; i++) {
            if (seizedKg > SCALE_KG[i - 1]) {
                k = i;
            }
        }
        return COLOURS[k];
    }

    /** Radius in map units: by throughput for ports, fixed for organisations. */
    double radius(Marker m) {
        return m.port() != null ? PortPlaces.radius(m.port(), view) : 4;
    }

    @Override
    public void draw(Object object, Graphics2D g, DrawInfo2D info) {
        Marker m = (Marker) object;
        MapLayers.smooth(g);
        double scale = info.draw.width;
        double r = radius(m) * scale;
        double x = info.draw.x;
        double y = info.draw.y;
        if (m.organisation() != null) {
            Path2D.Double diamond = new Path2D.Double();
            diamond.moveTo(x - r, y);
            diamond.lineTo(x, y - r);
            diamond.lineTo(x + r, y);
            diamond.lineTo(x, y + r);
            diamond.closePath();
            g.setColor(ORGANISATION);
            g.fill(diamond);
            return;
        }
        Port p = m.port();
        Point2D.Double at = places.get(p.id());
        Point2D.Double truePlace = PortPlaces.truePlace(p, view);
        if (at != null && at.distance(truePlace) > PortPlaces.MOVED) {
            drawLineToPlace(g, x, y, r, x + (truePlace.x - at.x) * scale, y + (truePlace.y - at.y) * scale);
        }
        RecentActivity recent = gui.recent();
        double seized = recent == null ? 0 : recent.seizedKg(p);
        Ellipse2D.Double circle = new Ellipse2D.Double(x - r, y - r, 2 * r, 2 * r);
        g.setColor(colour(seized));
        g.fill(circle);
        g.setColor(OUTLINE);
        g.setStroke(new BasicStroke((float) Math.max(1, scale)));
        g.draw(circle);
        if (gui.isMember(p)) {
            g.setColor(ALLIANCE);
            g.setStroke(new BasicStroke((float) Math.max(2, 2.5 * scale)));
            g.draw(new Ellipse2D.Double(x - r - 3 * scale, y - r - 3 * scale, 2 * r + 6 * scale, 2 * r + 6 * scale));
        }
        LabelLayout.Placement placed = labels(scale, g).of(p);
        if (placed != null) {
            drawName(g, p, scale, x, y, placed);
        }
    }

    /** A thin line from a circle's edge to the port's true place, with a dot there. */
    private static void drawLineToPlace(Graphics2D g, double x, double y, double r, double tx, double ty) {
        double d = Math.hypot(tx - x, ty - y);
        g.setColor(PLACE_LINE);
        g.setStroke(new BasicStroke(1.2f));
        if (d > r) {
            g.draw(new Line2D.Double(x + (tx - x) * r / d, y + (ty - y) * r / d, tx, ty));
        }
        g.fill(new Ellipse2D.Double(tx - 1.75, ty - 1.75, 3.5, 3.5));
    }

    /** The plan of names for this scale and the world shown, made on first need. */
    PortLabels.Plan labels(double scale, Graphics2D g) {
        List<Port> ports = gui.world().ports();
        // the world's port list is made once per world: the same list is the same world
        if (labels == null || labels.scale() != scale || labels.ports() != ports) {
            List<java.awt.geom.Rectangle2D> blocked = legend == null ? List.of() : List.of(legend.box(g));
            labels = PortLabels.plan(view, ports, places, scale, g, OrganisationPlaces.producerMarks(), blocked);
        }
        return labels;
    }

    private static void drawName(Graphics2D g, Port p, double scale, double x, double y, LabelLayout.Placement placed) {
        g.setFont(PortLabels.font(p, scale));
        Rectangle2D.Double box = new Rectangle2D.Double(x + placed.box().x, y + placed.box().y, placed.box().width,
                placed.box().height);
        if (placed.leader()) {
            double lx = Math.max(box.getMinX(), Math.min(x, box.getMaxX()));
            double ly = Math.max(box.getMinY(), Math.min(y, box.getMaxY()));
            g.setColor(Color.GRAY);
            g.setStroke(new BasicStroke(1f));
            g.draw(new Line2D.Double(x, y, lx, ly));
        }
        g.setColor(new Color(255, 255, 255, 190));
        g.fill(box);
        g.setColor(Color.BLACK);
        g.drawString(PortLabels.label(p), (float) box.x, (float) (box.y + g.getFontMetrics().getAscent()));
    }

    @Override
    public boolean hitObject(Object object, DrawInfo2D range) {
        Marker m = (Marker) object;
        double r = radius(m) * range.draw.width + 2;
        return new Ellipse2D.Double(range.draw.x - r, range.draw.y - r, 2 * r, 2 * r).intersects(range.clip);
    }

    @Override
    public String getName(LocationWrapper wrapper) {
        Marker m = (Marker) wrapper.getObject();
        return m.port() != null ? m.port().name() : name(m.organisation());
    }

    /** An organisation's name for a reader: "Organisation 3, Colombia". */
    static String name(portshift.model.Trafficker t) {
        return "Organisation " + t.id() + ", " + Units.words(t.producer().id());
    }

    /** The inspector of a port or organisation: its figures in words, with units (no position in pixels). */
    @Override
    public Inspector getInspector(LocationWrapper wrapper, GUIState state) {
        Marker m = (Marker) wrapper.getObject();
        sim.util.Propertied shown = m.port() != null ? new PortView(m.port(), gui) : new OrganisationView(m.organisation(), gui);
        return new MapInspector(shown, gui, getName(wrapper));
    }
}
