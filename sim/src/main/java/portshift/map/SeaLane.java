package portshift.map;

import java.util.ArrayList;
import java.util.List;

/**
 * The course of a ship between two ports as {@link SeaLanes} draws it: a polyline of points {lon, lat} from the
 * first port's position to the second's, each segment with what it is.
 */
public final class SeaLane {
    /** What a segment of a lane is. */
    public enum Part {
        /** From a port's position to the sea cell it is reached from, or back: may cross the coast (or a river bank). */
        ACCESS,
        /** Over the sea: crosses no land. */
        SEA,
        /** Along a canal ({@link Canal}), or between a canal's end and the sea cell beside it. */
        CANAL,
        /** A straight line, where no lane over the sea was found (a port outside the lanes' area or far inland). */
        CHORD
    }

    private final double[][] points;
    private final Part[] parts;
    private final double[] cumulativeKm;
    private final List<String> canals;

    SeaLane(List<double[]> points, List<Part> parts, List<String> canals) {
        if (parts.size() != points.size() - 1) {
            throw new IllegalArgumentException("one part per segment");
        }
        this.points = points.stream().map(double[]::clone).toArray(double[][]::new);
        this.parts = parts.toArray(Part[]::new);
        this.canals = List.copyOf(canals);
        cumulativeKm = new double[this.points.length];
        for (int k = 1; k < this.points.length; k++) {
            cumulativeKm[k] = cumulativeKm[k - 1] + SeaGrid.km(this.points[k - 1][0], this.points[k - 1][1],
                    this.points[k][0], this.points[k][1]);
        }
    }

    /** A straight line between two points, for where there is no lane over the sea. */
    static SeaLane chord(double fromLon, double fromLat, double toLon, double toLat) {
        return new SeaLane(List.of(new double[] {fromLon, fromLat}, new double[] {toLon, toLat}), List.of(Part.CHORD),
                List.of());
    }

    /** Number of points, at least two. */
    public int size() {
        return points.length;
    }

    public double lon(int k) {
        return points[k][0];
    }

    public double lat(int k) {
        return points[k][1];
    }

    /** What the segment from point k to point k + 1 is. */
    public Part part(int k) {
        return parts[k];
    }

    /** The names of the canals the lane passes through, in order. */
    public List<String> canals() {
        return canals;
    }

    /** The points, copied: {lon, lat} each. */
    public List<double[]> points() {
        List<double[]> out = new ArrayList<>(points.length);
        for (double[] p : points) {
            out.add(p.clone());
        }
        return out;
    }

    /** Length in kilometres (each segment measured on the plane of longitude and latitude at its mean latitude). */
    public double km() {
        return cumulativeKm[points.length - 1];
    }

    /**
     * The point {lon, lat} that a ship reaches after this share of the lane's length (0: the first port, 1: the
     * second), clamped to [0, 1].
     */
    public double[] at(double share) {
        double target = Math.max(0, Math.min(1, share)) * km();
        int k = 1;
        while (k < points.length - 1 && cumulativeKm[k] < target) {
            k++;
        }
        double span = cumulativeKm[k] - cumulativeKm[k - 1];
        double f = span > 0 ? Math.max(0, Math.min(1, (target - cumulativeKm[k - 1]) / span)) : 1;
        return new double[] {points[k - 1][0] + f * (points[k][0] - points[k - 1][0]),
            points[k - 1][1] + f * (points[k][1] - points[k - 1][1])};
    }
}
