package portshift.gui;

import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import portshift.model.Port;
import portshift.model.PortRole;

/**
 * The names of the ports on a view: short names, and where each goes ({@link LabelLayout}) for the
 * view's current scale. Import ports are placed first, largest first, then export ports and hubs.
 */
final class PortLabels {
    private static final Map<String, String> SHORT = Map.of("ANTWERP", "Antwerp", "VLISSINGEN", "Vlissingen",
            "COLON", "Colon", "PUERTO_BOLIVAR", "Pto Bolivar", "TURBO", "Turbo", "MARSEILLE", "Marseille",
            "TANGER_MED", "Tanger Med");

    /** The names placed on one view at one scale: by port id, the box relative to the port's centre. */
    record Plan(double scale, List<Port> ports, Map<String, LabelLayout.Placement> placed) {
        LabelLayout.Placement of(Port p) {
            return placed.get(p.id());
        }
    }

    /** The smallest size of a name, in pixels. */
    static final int MIN_SIZE = 11;

    private PortLabels() {
    }

    static String label(Port p) {
        return SHORT.getOrDefault(p.id(), p.name());
    }

    /**
     * The font of a port's name at a scale: bold for import ports, and never under {@link #MIN_SIZE} pixels,
     * so that a name is legible however small the map is drawn (names that then find no room are left out).
     */
    static Font font(Port p, double scale) {
        return new Font(Font.SANS_SERIF, p.role() == PortRole.IMPORT ? Font.BOLD : Font.PLAIN,
                (int) Math.max(MIN_SIZE, Math.round(11 * scale)));
    }

    /**
     * Places the names of the ports on the view at the scale (pixels per map unit), measuring them with
     * the graphics' fonts, beside each port's circle where it is drawn ({@link PortPlaces}), clear of
     * the other marks given ({lon, lat, radius in map units}, such as the organisations at their coca
     * regions) and of the areas blocked (in pixels from the view's corner, such as the legend). Boxes
     * are relative to each port's drawn centre, in pixels.
     */
    static Plan plan(MapView view, List<Port> ports, Map<String, Point2D.Double> places, double scale, Graphics2D g,
            List<double[]> marks, List<Rectangle2D> blocked) {
        List<Port> shown = new ArrayList<>();
        for (Port p : ports) {
            if (places.containsKey(p.id())) {
                shown.add(p);
            }
        }
        shown.sort(Comparator.comparingInt((Port p) -> p.role() == PortRole.IMPORT ? 0 : 1)
                .thenComparing(Comparator.comparingDouble(Port::teuMillionsPerYear).reversed())
                .thenComparing(Port::id));
        List<LabelLayout.Item> items = new ArrayList<>();
        for (Port p : shown) {
            FontMetrics fm = g.getFontMetrics(font(p, scale));
            Point2D.Double at = places.get(p.id());
            items.add(new LabelLayout.Item(p.id(), at.x * scale, at.y * scale, PortPlaces.radius(p, view) * scale,
                    fm.stringWidth(label(p)), fm.getAscent() + fm.getDescent()));
        }
        Rectangle2D bounds = new Rectangle2D.Double(0, 0, view.width * scale, view.height * scale);
        int rings = view.isOverview() ? LabelLayout.RINGS_OVERVIEW : LabelLayout.RINGS;
        List<double[]> others = new ArrayList<>();
        for (double[] m : marks) {
            others.add(new double[] {view.x(m[0]) * scale, view.y(m[1]) * scale, m[2] * scale});
        }
        Map<String, LabelLayout.Placement> onView = LabelLayout.place(items, bounds, rings, others, blocked);
        Map<String, LabelLayout.Placement> placed = new java.util.LinkedHashMap<>();
        for (LabelLayout.Item item : items) {
            LabelLayout.Placement p = onView.get(item.id());
            if (p != null) {
                placed.put(item.id(), new LabelLayout.Placement(new Rectangle2D.Double(p.box().x - item.x(),
                        p.box().y - item.y(), p.box().width, p.box().height), p.leader()));
            }
        }
        return new Plan(scale, ports, placed);
    }
}
