package portshift.map;

import java.util.ArrayList;
import java.util.List;

/**
 * A rectangle of longitude and latitude (degrees) that a map shows.
 *
 * @param west  longitude of the left edge
 * @param east  longitude of the right edge
 * @param south latitude of the bottom edge
 * @param north latitude of the top edge
 */
public record MapArea(double west, double east, double south, double north) {
    /** The program's map: the Atlantic, from the Pacific coast of the Americas to the eastern Mediterranean. */
    public static final MapArea ATLANTIC = new MapArea(-100, 42, -38, 66);

    public MapArea {
        if (!(west < east && south < north)) {
            throw new IllegalArgumentException("an empty map area");
        }
    }

    /**
     * The part of a ring (points {lon, lat}, the last joining the first) inside the area, by Sutherland and Hodgman's
     * clipping against each edge in turn. Where a ring leaves the area and comes back, the part follows the edge
     * between; fewer than three points means nothing of the ring is inside.
     */
    public double[][] clip(double[][] ring) {
        List<double[]> points = List.of(ring);
        points = keep(points, 0, west, true);
        points = keep(points, 0, east, false);
        points = keep(points, 1, south, true);
        points = keep(points, 1, north, false);
        return points.toArray(double[][]::new);
    }

    /** The points on the inner side of the line where coordinate {@code axis} is {@code bound}, with the crossings. */
    private static List<double[]> keep(List<double[]> ring, int axis, double bound, boolean above) {
        List<double[]> out = new ArrayList<>(ring.size());
        for (int i = 0; i < ring.size(); i++) {
            double[] from = ring.get(i == 0 ? ring.size() - 1 : i - 1);
            double[] to = ring.get(i);
            boolean fromIn = above ? from[axis] >= bound : from[axis] <= bound;
            boolean toIn = above ? to[axis] >= bound : to[axis] <= bound;
            if (toIn != fromIn) {
                double f = (bound - from[axis]) / (to[axis] - from[axis]);
                double[] crossing = new double[2];
                crossing[axis] = bound;
                crossing[1 - axis] = from[1 - axis] + f * (to[1 - axis] - from[1 - axis]);
                out.add(crossing);
            }
            if (toIn) {
                out.add(to);
            }
        }
        return out;
    }
}
