package portshift.gui;

import java.awt.geom.Point2D;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import portshift.model.Port;
import portshift.model.PortRole;

/**
 * Where each port's circle is drawn on a view: at the port's place, unless it would overlap another
 * port's circle (Algeciras and Tanger Med across the Strait, the Benelux ports, Colon and Balboa), in
 * which case the circles are moved apart just enough to be told apart, and the map draws a thin line
 * from each moved circle to the port's true place, where its routes end. All in map units: circles'
 * radii are in map units too, so the places do not depend on the scale.
 */
final class PortPlaces {
    /** Free space kept between two circles, in map units. */
    static final double GAP = 2;
    /** A circle moved less than this many map units is drawn without a line to its place. */
    static final double MOVED = 1.5;
    private static final int ROUNDS = 400;

    private PortPlaces() {
    }

    /** A port's radius in map units on a view, by its throughput: smaller on the overview, where ports crowd. */
    static double radius(Port p, MapView view) {
        double teu = Math.sqrt(p.teuMillionsPerYear());
        return view.isOverview() ? 3 + 1.5 * teu : 4 + 2.2 * teu;
    }

    /** The true place of a port on a view, in map units. */
    static Point2D.Double truePlace(Port p, MapView view) {
        return new Point2D.Double(view.x(p.longitude()), view.y(p.latitude()));
    }

    /**
     * The places of the ports the view shows, by port id: each at its true place, moved apart from the
     * others where circles would overlap (the larger port moves less), and kept within the view.
     */
    static Map<String, Point2D.Double> place(MapView view, List<Port> ports) {
        List<Port> shown = new ArrayList<>();
        for (Port p : ports) {
            if (view.contains(p.longitude(), p.latitude())) {
                shown.add(p);
            }
        }
        int n = shown.size();
        double[] x = new double[n];
        double[] y = new double[n];
        double[] r = new double[n];
        for (int i = 0; i < n; i++) {
            Point2D.Double at = truePlace(shown.get(i), view);
            x[i] = at.x;
            y[i] = at.y;
            r[i] = radius(shown.get(i), view);
        }
        for (int round = 0; round < ROUNDS; round++) {
            boolean moved = false;
            for (int i = 0; i < n; i++) {
                for (int j = i + 1; j < n; j++) {
                    double dx = x[j] - x[i];
                    double dy = y[j] - y[i];
                    double d = Math.hypot(dx, dy);
                    double need = r[i] + r[j] + GAP;
                    if (d >= need - 1e-9) {
                        continue;
                    }
                    if (d < 1e-9) {
                        // the same place: the export port or hub goes south of the European one
                        dx = 0;
                        dy = shown.get(j).role() == PortRole.IMPORT ? -1 : 1;
                        d = 1;
                    }
                    double push = need - d;
                    // the larger circle moves less: each moves in proportion to the other's radius
                    double fi = r[j] / (r[i] + r[j]);
                    double fj = r[i] / (r[i] + r[j]);
                    x[i] -= dx / d * push * fi;
                    y[i] -= dy / d * push * fi;
                    x[j] += dx / d * push * fj;
                    y[j] += dy / d * push * fj;
                    moved = true;
                }
            }
            for (int i = 0; i < n; i++) {
                x[i] = Math.max(r[i], Math.min(view.width - r[i], x[i]));
                y[i] = Math.max(r[i], Math.min(view.height - r[i], y[i]));
            }
            if (!moved) {
                break;
            }
        }
        Map<String, Point2D.Double> out = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            out.put(shown.get(i).id(), new Point2D.Double(x[i], y[i]));
        }
        return out;
    }
}
