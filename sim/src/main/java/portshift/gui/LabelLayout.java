package portshift.gui;

import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where the names of ports go on a map, so that no two names overlap, no name covers another port,
 * and each name sits beside its own circle. Ports are placed in the order given (the most important
 * first); each tries positions around its circle, nearest first (right, left, above, below, then the
 * corners), then the same a few steps further out, where it gets a leader line. A name that finds no
 * free place within the reach is left out (on the Atlantic view, the crowded European ports, which
 * the Europe view names). All in screen pixels.
 */
final class LabelLayout {
    /** Free space kept between two names, and between a name and a circle, in pixels. */
    static final double PADDING = 2;
    /** Gap between a circle and the nearest edge of its name, in pixels. */
    static final double GAP = 5;
    /** How much further out each ring of positions is, in pixels. */
    static final double STEP = 8;
    /** Rings tried on a view with room to spare (the Europe view), and on a crowded overview. */
    static final int RINGS = 5;
    static final int RINGS_OVERVIEW = 3;

    /** A port to name: its id, its centre, the radius of its circle, and the size of its name. */
    record Item(String id, double x, double y, double radius, double width, double height) {
    }

    /** A placed name: its box, and whether it needs a leader line to its port. */
    record Placement(Rectangle2D.Double box, boolean leader) {
    }

    private LabelLayout() {
    }

    /**
     * @param items  the ports, most important first
     * @param bounds the area names must stay in
     * @param rings  rings of positions tried: a name's nearest edge is at most GAP + (rings - 1) * STEP
     *               pixels from its circle
     * @param others other marks names must not cover, as circles {x, y, radius}
     * @return the names placed, by port id, in the order placed
     */
    static Map<String, Placement> place(List<Item> items, Rectangle2D bounds, int rings, List<double[]> others) {
        return place(items, bounds, rings, others, List.of());
    }

    /**
     * As {@link #place(List, Rectangle2D, int, List)}, with areas no name may cover either (such as the
     * legend), as rectangles.
     */
    static Map<String, Placement> place(List<Item> items, Rectangle2D bounds, int rings, List<double[]> others,
            List<Rectangle2D> blocked) {
        Map<String, Placement> placed = new LinkedHashMap<>();
        List<Rectangle2D> taken = new ArrayList<>(blocked);
        List<Item> all = new ArrayList<>(items);
        for (double[] o : others) {
            all.add(new Item("", o[0], o[1], o[2], 0, 0));
        }
        for (Item item : items) {
            Placement p = firstFree(item, all, taken, bounds, rings);
            if (p != null) {
                placed.put(item.id(), p);
                taken.add(p.box());
            }
        }
        return placed;
    }

    private static Placement firstFree(Item item, List<Item> all, List<Rectangle2D> taken, Rectangle2D bounds, int rings) {
        for (int ring = 0; ring < rings; ring++) {
            double d = item.radius() + GAP + ring * STEP;
            for (double[] at : candidates(item, d)) {
                Rectangle2D.Double box = new Rectangle2D.Double(at[0], at[1], item.width(), item.height());
                if (bounds.contains(box) && clearOfNames(box, taken) && clearOfPorts(box, item, all)) {
                    return new Placement(box, ring > 0);
                }
            }
        }
        return null;
    }

    /** Top-left corners of a name at distance d from the centre: right, left, above, below, then corners. */
    private static List<double[]> candidates(Item i, double d) {
        double w = i.width();
        double h = i.height();
        double corner = d * Math.sqrt(0.5);
        return List.of(
                new double[] {i.x() + d, i.y() - h / 2},
                new double[] {i.x() - d - w, i.y() - h / 2},
                new double[] {i.x() - w / 2, i.y() - d - h},
                new double[] {i.x() - w / 2, i.y() + d},
                new double[] {i.x() + corner, i.y() - corner - h},
                new double[] {i.x() + corner, i.y() + corner},
                new double[] {i.x() - corner - w, i.y() - corner - h},
                new double[] {i.x() - corner - w, i.y() + corner});
    }

    private static boolean clearOfNames(Rectangle2D box, List<Rectangle2D> taken) {
        Rectangle2D padded = grow(box, PADDING);
        for (Rectangle2D t : taken) {
            if (padded.intersects(t)) {
                return false;
            }
        }
        return true;
    }

    private static boolean clearOfPorts(Rectangle2D box, Item self, List<Item> all) {
        for (Item other : all) {
            double r = other == self ? self.radius() : other.radius() + PADDING;
            if (distance(box, other.x(), other.y()) < r) {
                return false;
            }
        }
        return true;
    }

    /** The distance from a point to the nearest point of a box (0 inside it). */
    static double distance(Rectangle2D box, double x, double y) {
        double dx = Math.max(0, Math.max(box.getMinX() - x, x - box.getMaxX()));
        double dy = Math.max(0, Math.max(box.getMinY() - y, y - box.getMaxY()));
        return Math.hypot(dx, dy);
    }

    /** The smallest distance between two boxes (0 if they touch or overlap). */
    static double gap(Rectangle2D a, Rectangle2D b) {
        double dx = Math.max(0, Math.max(a.getMinX() - b.getMaxX(), b.getMinX() - a.getMaxX()));
        double dy = Math.max(0, Math.max(a.getMinY() - b.getMaxY(), b.getMinY() - a.getMaxY()));
        return Math.hypot(dx, dy);
    }

    private static Rectangle2D grow(Rectangle2D box, double by) {
        return new Rectangle2D.Double(box.getX() - by, box.getY() - by, box.getWidth() + 2 * by, box.getHeight() + 2 * by);
    }
}
