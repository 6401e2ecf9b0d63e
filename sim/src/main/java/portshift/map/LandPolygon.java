package portshift.map;

import java.util.List;

/**
 * One land polygon in longitude and latitude (degrees, WGS84): its outer ring first, then its holes. Each ring is an
 * array of {lon, lat} points whose last point joins its first (the first is not repeated); a ring that crosses the
 * antimeridian runs on past 180 degrees rather than jumping back. The arrays are shared: read them, do not change them.
 */
public record LandPolygon(List<double[][]> rings) {
    public LandPolygon {
        rings = List.copyOf(rings);
    }
}
