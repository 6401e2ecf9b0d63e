package portshift.map;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * How much of a straight line (in longitude and latitude, as the maps draw it) lies on land, measured on the land
 * polygons themselves, independently of {@link SeaGrid}: the line is cut wherever it crosses an edge of any ring,
 * and each piece whose middle is inside the land (even-odd over all rings, by a ray cast east) counts. Edges are
 * filed by squares of one degree, and by bands of latitude for the rays.
 */
public final class LandCrossing {
    private static final double BAND = 0.25;
    private static LandCrossing world;

    private final double[] x1;
    private final double[] y1;
    private final double[] x2;
    private final double[] y2;
    /** Edges by one-degree square, keyed by floor(lon) * 1000 + floor(lat). */
    private final Map<Long, int[]> squares = new HashMap<>();
    /** Edges by band of latitude, keyed by floor(lat / BAND). */
    private final Map<Long, int[]> bands = new HashMap<>();

    public LandCrossing(List<LandPolygon> polygons) {
        List<double[]> edges = new ArrayList<>();
        for (LandPolygon p : polygons) {
            for (double[][] ring : p.rings()) {
                for (int k = 0; k < ring.length; k++) {
                    double[] a = ring[k];
                    double[] b = ring[(k + 1) % ring.length];
                    edges.add(new double[] {a[0], a[1], b[0], b[1]});
                }
            }
        }
        int n = edges.size();
        x1 = new double[n];
        y1 = new double[n];
        x2 = new double[n];
        y2 = new double[n];
        Map<Long, List<Integer>> bySquare = new HashMap<>();
        Map<Long, List<Integer>> byBand = new HashMap<>();
        for (int e = 0; e < n; e++) {
            double[] d = edges.get(e);
            x1[e] = d[0];
            y1[e] = d[1];
            x2[e] = d[2];
            y2[e] = d[3];
            for (long i = (long) Math.floor(Math.min(d[0], d[2])); i <= (long) Math.floor(Math.max(d[0], d[2])); i++) {
                for (long j = (long) Math.floor(Math.min(d[1], d[3])); j <= (long) Math.floor(Math.max(d[1], d[3])); j++) {
                    bySquare.computeIfAbsent(i * 1000 + j, k -> new ArrayList<>()).add(e);
                }
            }
            for (long b = (long) Math.floor(Math.min(d[1], d[3]) / BAND); b <= (long) Math.floor(Math.max(d[1], d[3]) / BAND); b++) {
                byBand.computeIfAbsent(b, k -> new ArrayList<>()).add(e);
            }
        }
        bySquare.forEach((k, v) -> squares.put(k, v.stream().mapToInt(Integer::intValue).toArray()));
        byBand.forEach((k, v) -> bands.put(k, v.stream().mapToInt(Integer::intValue).toArray()));
    }

    /** The land of the program's map ({@link LandOutlines}). */
    public static synchronized LandCrossing world() {
        if (world == null) {
            world = new LandCrossing(LandOutlines.polygons());
        }
        return world;
    }

    /** Kilometres of the segment from one point to another that lie on land. */
    public double km(double lon1, double lat1, double lon2, double lat2) {
        TreeSet<Integer> near = new TreeSet<>();
        double step = 0.5 / Math.max(1, Math.max(Math.abs(lon2 - lon1), Math.abs(lat2 - lat1)));
        for (double f = 0; f <= 1 + step; f += step) {
            double x = lon1 + Math.min(1, f) * (lon2 - lon1);
            double y = lat1 + Math.min(1, f) * (lat2 - lat1);
            for (long i = (long) Math.floor(x) - 1; i <= (long) Math.floor(x) + 1; i++) {
                for (long j = (long) Math.floor(y) - 1; j <= (long) Math.floor(y) + 1; j++) {
                    for (int e : squares.getOrDefault(i * 1000 + j, new int[0])) {
                        near.add(e);
                    }
                }
            }
        }
        List<Double> cuts = new ArrayList<>(List.of(0.0, 1.0));
        for (int e : near) {
            double t = crossing(lon1, lat1, lon2, lat2, x1[e], y1[e], x2[e], y2[e]);
            if (t > 0 && t < 1) {
                cuts.add(t);
            }
        }
        double[] t = cuts.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        double length = SeaGrid.km(lon1, lat1, lon2, lat2);
        double onLand = 0;
        for (int k = 0; k + 1 < t.length; k++) {
            if (t[k + 1] > t[k]) {
                double m = (t[k] + t[k + 1]) / 2;
                if (inside(lon1 + m * (lon2 - lon1), lat1 + m * (lat2 - lat1))) {
                    onLand += (t[k + 1] - t[k]) * length;
                }
            }
        }
        return onLand;
    }

    /** Whether a point is on land: an odd number of edges cross the ray from it to the east. */
    public boolean inside(double x, double y) {
        boolean in = false;
        for (int e : bands.getOrDefault((long) Math.floor(y / BAND), new int[0])) {
            if ((y1[e] > y) != (y2[e] > y) && x < (x2[e] - x1[e]) * (y - y1[e]) / (y2[e] - y1[e]) + x1[e]) {
                in = !in;
            }
        }
        return in;
    }

    /** Where segment AB crosses segment CD, as a share of AB; NaN if they do not cross (or are parallel). */
    private static double crossing(double ax, double ay, double bx, double by, double cx, double cy, double dx, double dy) {
        double rx = bx - ax;
        double ry = by - ay;
        double sx = dx - cx;
        double sy = dy - cy;
        double denominator = rx * sy - ry * sx;
        if (denominator == 0) {
            return Double.NaN;
        }
        double t = ((cx - ax) * sy - (cy - ay) * sx) / denominator;
        double u = ((cx - ax) * ry - (cy - ay) * rx) / denominator;
        return u >= 0 && u <= 1 ? t : Double.NaN;
    }
}
