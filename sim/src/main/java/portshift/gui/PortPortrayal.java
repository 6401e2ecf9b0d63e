package portshift.gui;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.List;

import portshift.model.Port;
import portshift.model.PortRole;
import sim.display.GUIState;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.Inspector;
import sim.portrayal.LocationWrapper;
import sim.portrayal.SimplePortrayal2D;
import sim.portrayal.inspector.TabbedInspector;
import sim.portrayal.SimpleInspector;

/**
 * Draws ports (sized by throughput, coloured by the kilograms seized there in the last 30 days,
 * ringed when in the alliance, named) and trafficking organisations (small diamonds at their
 * producer), and gives each an inspector.
 */
final class PortPortrayal extends SimplePortrayal2D {
    private static final long serialVersionUID = 1L;
    static final double[] SCALE_KG = {0, 500, 2_000, 5_000, 10_000};
    static final String[] SCALE_LABELS = {"no seizure", "up to 0.5 t", "0.5-2 t", "2-5 t", "over 5 t"};
    static final Color ALLIANCE = new Color(0, 70, 160);
    private static final Color[] COLOURS = {new Color(255, 255, 255), new Color(254, 224, 139), new Color(253, 174, 97),
            new Color(244, 109, 67), new Color(165, 0, 38)};
    private static final Color ORGANISATION = new Color(90, 50, 130);

    private final PortshiftWithUI gui;
    private final MapView view;
    /** Where the names go at the scale last drawn; placed anew when the scale or the world changes. */
    private transient PortLabels.Plan labels;

    PortPortrayal(PortshiftWithUI gui, MapView view) {
        this.gui = gui;
        this.view = view;
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
    static double radius(Marker m) {
        return m.port() != null ? radius(m.port()) : 4;
    }

    /** A port's radius in map units, by its throughput. */
    static double radius(Port p) {
        return 4 + 2.2 * Math.sqrt(p.teuMillionsPerYear());
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
            int[] xs = {(int) (x - r), (int) x, (int) (x + r), (int) x};
            int[] ys = {(int) y, (int) (y - r), (int) y, (int) (y + r)};
            g.setColor(ORGANISATION);
            g.fillPolygon(xs, ys, 4);
            return;
        }
        Port p = m.port();
        RecentActivity recent = gui.recent();
        double seized = recent == null ? 0 : recent.seizedKg(p);
        Ellipse2D.Double circle = new Ellipse2D.Double(x - r, y - r, 2 * r, 2 * r);
        g.setColor(colour(seized));
        g.fill(circle);
        g.setColor(p.role() == PortRole.HUB ? Color.GRAY : Color.DARK_GRAY);
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

    /** The plan of names for this scale and the world shown, made on first need. */
    PortLabels.Plan labels(double scale, Graphics2D g) {
        List<Port> ports = gui.world().ports();
        // the world's port list is made once per world: the same list is the same world
        if (labels == null || labels.scale() != scale || labels.ports() != ports) {
            labels = PortLabels.plan(view, ports, scale, g, MapWindow.producerMarks());
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
        return m.port() != null ? m.port().name() : m.organisation().name();
    }

    @Override
    public Inspector getInspector(LocationWrapper wrapper, GUIState state) {
        Marker m = (Marker) wrapper.getObject();
        Object bean = m.port() != null ? new PortView(m.port(), gui) : new OrganisationView(m.organisation(), gui);
        Inspector inspector = new SimpleInspector(bean, state, getName(wrapper));
        inspector.setVolatile(true);
        TabbedInspector tabs = new TabbedInspector();
        tabs.addInspector(inspector, "Properties");
        tabs.setVolatile(true);
        return tabs;
    }
}
