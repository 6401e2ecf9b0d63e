package portshift.brief;

import java.util.List;

/**
 * The ports of Europe with the cocaine arriving at each under both arms (t a year, attempted: seized and delivered),
 * and the land outlines to draw them on.
 *
 * @param ports the European ports
 * @param land  land polygons' outer rings, each an array of {lon, lat}
 */
public record FlowMap(List<Port> ports, List<double[][]> land) {
    /** A port, where it is, and the tonnes a year arriving under A and under B. */
    public record Port(String id, String name, double lon, double lat, double a, double b) {
        public double change() {
            return b - a;
        }
    }
}
