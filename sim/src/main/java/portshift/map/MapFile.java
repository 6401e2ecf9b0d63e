package portshift.map;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import portshift.model.PortSpec;
import portshift.model.RouteSpec;

/**
 * The map for notebooks: one GeoJSON FeatureCollection (RFC 7946: longitude and latitude, WGS84) of the land inside
 * the map's area, each polygon with the property {@code kind: land}, then one point per port of a world, with its
 * {@code kind: port}, id, name, country, region, role and throughput, then one line per route, {@code kind: route},
 * along its sea lanes ({@link SeaLanes}): from the origin (through the hub) to the destination. Coordinates are
 * rounded to four decimals (about 10 m), one feature a line, so that the same world always gives the same bytes.
 */
public final class MapFile {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Coordinates are written in units of 1/10,000 of a degree. */
    private static final double UNITS_PER_DEGREE = 10_000;

    private MapFile() {
    }

    /** The map of the program's area with these ports and routes (routes between ports of the list). */
    public static String geoJson(List<PortSpec> ports, List<RouteSpec> routes) {
        return geoJson(MapArea.ATLANTIC, LandOutlines.polygons(), ports, routes, SeaLanes.world());
    }

    static String geoJson(MapArea area, List<LandPolygon> land, List<PortSpec> ports, List<RouteSpec> routes,
                          SeaLanes lanes) {
        List<String> features = new ArrayList<>();
        String landProperties = properties(JSON.createObjectNode().put("kind", "land"));
        for (LandPolygon polygon : land) {
            List<long[][]> rings = rings(area, polygon);
            if (!rings.isEmpty()) {
                features.add(feature(landProperties, "Polygon", polygon(rings)));
            }
        }
        for (PortSpec port : ports) {
            features.add(feature(properties(port), "Point", point(port.facts().lon(), port.facts().lat())));
        }
        Map<String, PortSpec> byId = new HashMap<>();
        ports.forEach(p -> byId.put(p.id(), p));
        List<double[]> legs = new ArrayList<>();
        for (RouteSpec r : routes) {
            for (PortSpec[] leg : legs(r, byId)) {
                legs.add(new double[] {leg[0].facts().lon(), leg[0].facts().lat(), leg[1].facts().lon(), leg[1].facts().lat()});
            }
        }
        lanes.prepare(legs);
        for (RouteSpec r : routes) {
            List<String> canals = new ArrayList<>();
            List<long[]> line = new ArrayList<>();
            for (PortSpec[] leg : legs(r, byId)) {
                SeaLane lane = lanes.lane(leg[0].facts().lon(), leg[0].facts().lat(), leg[1].facts().lon(), leg[1].facts().lat());
                canals.addAll(lane.canals());
                for (int k = 0; k < lane.size(); k++) {
                    long[] q = {units(lane.lon(k)), units(lane.lat(k))};
                    if (line.isEmpty() || !same(q, line.get(line.size() - 1))) {
                        line.add(q);
                    }
                }
            }
            if (line.size() == 1) {
                line.add(line.get(0));
            }
            features.add(feature(properties(r, canals), "LineString", lineString(line)));
        }
        return "{\"type\":\"FeatureCollection\",\"features\":[\n" + String.join(",\n", features) + "\n]}\n";
    }

    private static String feature(String properties, String type, String coordinates) {
        return "{\"type\":\"Feature\",\"properties\":" + properties + ",\"geometry\":{\"type\":\"" + type
                + "\",\"coordinates\":" + coordinates + "}}";
    }

    private static String properties(PortSpec port) {
        return properties(JSON.createObjectNode().put("kind", "port").put("id", port.id()).put("name", port.name())
                .put("country", port.facts().country()).put("region", port.region().name())
                .put("role", port.role().name()).put("teu_millions", port.facts().teuMillions()));
    }

    /** The legs a route sails: origin to hub and hub to destination, or origin to destination. */
    private static List<PortSpec[]> legs(RouteSpec r, Map<String, PortSpec> byId) {
        PortSpec origin = port(byId, r.origin());
        PortSpec destination = port(byId, r.destination());
        if (r.hub() == null) {
            return List.<PortSpec[]>of(new PortSpec[] {origin, destination});
        }
        PortSpec hub = port(byId, r.hub());
        return List.of(new PortSpec[] {origin, hub}, new PortSpec[] {hub, destination});
    }

    private static PortSpec port(Map<String, PortSpec> byId, String id) {
        PortSpec p = byId.get(id);
        if (p == null) {
            throw new IllegalArgumentException("unknown port id " + id);
        }
        return p;
    }

    private static String properties(RouteSpec r, List<String> canals) {
        ObjectNode node = JSON.createObjectNode().put("kind", "route")
                .put("id", r.hub() == null ? r.origin() + ">" + r.destination() : r.origin() + ">" + r.hub() + ">" + r.destination())
                .put("origin", r.origin()).put("hub", r.hub()).put("destination", r.destination())
                .put("sailing_days", r.sailingDays());
        ArrayNode names = node.putArray("canals");
        canals.forEach(names::add);
        return properties(node);
    }

    private static String properties(ObjectNode node) {
        try {
            return JSON.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The polygon's rings clipped to the area and rounded, the outer ring counterclockwise and the holes clockwise
     * (RFC 7946's right-hand rule); empty if nothing of the outer ring is left.
     */
    private static List<long[][]> rings(MapArea area, LandPolygon polygon) {
        List<long[][]> rings = new ArrayList<>();
        for (double[][] ring : polygon.rings()) {
            long[][] rounded = rounded(area.clip(ring));
            long twiceArea = twiceSignedArea(rounded);
            if (rounded.length < 3 || twiceArea == 0) {
                if (rings.isEmpty()) {
                    return rings;
                }
                continue;
            }
            boolean outer = rings.isEmpty();
            rings.add(outer == (twiceArea > 0) ? rounded : reversed(rounded));
        }
        return rings;
    }

    /** The points in units of the file, without the repeats that rounding makes. */
    private static long[][] rounded(double[][] ring) {
        List<long[]> out = new ArrayList<>(ring.length);
        for (double[] p : ring) {
            long[] q = {units(p[0]), units(p[1])};
            if (out.isEmpty() || !same(q, out.get(out.size() - 1))) {
                out.add(q);
            }
        }
        while (out.size() > 1 && same(out.get(0), out.get(out.size() - 1))) {
            out.remove(out.size() - 1);
        }
        return out.toArray(long[][]::new);
    }

    private static boolean same(long[] a, long[] b) {
        return a[0] == b[0] && a[1] == b[1];
    }

    /** Twice the area the ring encloses, positive when it runs counterclockwise (east, then north). */
    private static long twiceSignedArea(long[][] ring) {
        long sum = 0;
        for (int i = 0; i < ring.length; i++) {
            long[] a = ring[i];
            long[] b = ring[(i + 1) % ring.length];
            sum += a[0] * b[1] - b[0] * a[1];
        }
        return sum;
    }

    private static long[][] reversed(long[][] ring) {
        long[][] out = new long[ring.length][];
        for (int i = 0; i < ring.length; i++) {
            out[i] = ring[ring.length - 1 - i];
        }
        return out;
    }

    /** The rings as GeoJSON positions, each closed by repeating its first point. */
    private static String polygon(List<long[][]> rings) {
        StringBuilder out = new StringBuilder("[");
        for (long[][] ring : rings) {
            out.append(out.length() > 1 ? ",[" : "[");
            for (int i = 0; i <= ring.length; i++) {
                long[] p = ring[i % ring.length];
                out.append(i > 0 ? ",[" : "[").append(degrees(p[0])).append(',').append(degrees(p[1])).append(']');
            }
            out.append(']');
        }
        return out.append(']').toString();
    }

    private static String lineString(List<long[]> line) {
        StringBuilder out = new StringBuilder("[");
        for (long[] p : line) {
            out.append(out.length() > 1 ? ",[" : "[").append(degrees(p[0])).append(',').append(degrees(p[1])).append(']');
        }
        return out.append(']').toString();
    }

    private static String point(double lon, double lat) {
        return "[" + degrees(units(lon)) + "," + degrees(units(lat)) + "]";
    }

    private static long units(double degrees) {
        return Math.round(degrees * UNITS_PER_DEGREE);
    }

    /** Units as decimal degrees, without trailing zeros: 44000 is "4.4", -5 is "-0.0005". */
    static String degrees(long units) {
        long abs = Math.abs(units);
        long whole = abs / (long) UNITS_PER_DEGREE;
        long fraction = abs % (long) UNITS_PER_DEGREE;
        StringBuilder out = new StringBuilder(units < 0 ? "-" : "").append(whole);
        if (fraction > 0) {
            String digits = Long.toString(fraction + (long) UNITS_PER_DEGREE).substring(1);
            int end = digits.length();
            while (digits.charAt(end - 1) == '0') {
                end--;
            }
            out.append('.').append(digits, 0, end);
        }
        return out.toString();
    }
}
