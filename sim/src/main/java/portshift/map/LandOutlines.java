package portshift.map;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The land outlines of Natural Earth (1:50m, public domain; see LAND-NOTICE.txt beside the resource), decoded once
 * from their TopoJSON form into polygons of longitude and latitude.
 */
public final class LandOutlines {
    private static final String RESOURCE = "/portshift/map/land-50m.json";
    private static List<LandPolygon> polygons;

    private LandOutlines() {
    }

    /** Every land polygon of the world, in the order of the resource. */
    public static synchronized List<LandPolygon> polygons() {
        if (polygons == null) {
            try (InputStream in = LandOutlines.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IOException("missing resource " + RESOURCE);
                }
                polygons = decode(new ObjectMapper().readTree(in));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return polygons;
    }

    /**
     * Decodes the quantized, delta-encoded arcs of a TopoJSON topology and joins them into the rings of its
     * {@code land} object. Consecutive arcs of a ring share their end point, which is kept once.
     */
    static List<LandPolygon> decode(JsonNode topology) {
        List<double[][]> arcs = arcs(topology);
        List<LandPolygon> out = new ArrayList<>();
        for (JsonNode geometry : topology.get("objects").get("land").get("geometries")) {
            JsonNode parts = geometry.get("arcs");
            boolean multi = "MultiPolygon".equals(geometry.get("type").asText());
            for (JsonNode polygon : multi ? parts : List.of(parts)) {
                List<double[][]> rings = new ArrayList<>();
                for (JsonNode ring : polygon) {
                    rings.add(ring(ring, arcs));
                }
                out.add(new LandPolygon(rings));
            }
        }
        return List.copyOf(out);
    }

    /** The arcs in degrees: each position is the sum of the deltas before it, scaled and translated. */
    private static List<double[][]> arcs(JsonNode topology) {
        JsonNode transform = topology.get("transform");
        double sx = transform.get("scale").get(0).asDouble();
        double sy = transform.get("scale").get(1).asDouble();
        double tx = transform.get("translate").get(0).asDouble();
        double ty = transform.get("translate").get(1).asDouble();
        List<double[][]> arcs = new ArrayList<>();
        for (JsonNode arc : topology.get("arcs")) {
            double[][] points = new double[arc.size()][2];
            long x = 0;
            long y = 0;
            for (int i = 0; i < arc.size(); i++) {
                x += arc.get(i).get(0).asLong();
                y += arc.get(i).get(1).asLong();
                points[i][0] = x * sx + tx;
                points[i][1] = y * sy + ty;
            }
            arcs.add(points);
        }
        return arcs;
    }

    /** One ring from its arc indices (a negative index ~i is arc i reversed), without its closing point. */
    private static double[][] ring(JsonNode indices, List<double[][]> arcs) {
        List<double[]> points = new ArrayList<>();
        for (JsonNode index : indices) {
            int i = index.asInt();
            double[][] arc = arcs.get(i >= 0 ? i : ~i);
            for (int k = points.isEmpty() ? 0 : 1; k < arc.length; k++) {
                points.add(arc[i >= 0 ? k : arc.length - 1 - k]);
            }
        }
        double[][] ring = continuous(points);
        int n = ring.length;
        return n > 1 && Arrays.equals(ring[0], ring[n - 1]) ? Arrays.copyOf(ring, n - 1) : ring;
    }

    /**
     * The points of a ring, copied, with a ring that crosses the antimeridian (eastern Siberia, Fiji) running on past
     * 180 degrees rather than jumping across the whole map: each longitude is moved by whole turns to lie within 180
     * degrees of the one before, and then the ring by whole turns so that most of its points keep their longitude.
     */
    private static double[][] continuous(List<double[]> points) {
        double[][] out = new double[points.size()][];
        int[] turns = new int[out.length];
        Map<Integer, Integer> count = new HashMap<>();
        for (int k = 0; k < out.length; k++) {
            double[] p = points.get(k);
            turns[k] = k == 0 ? 0 : turns[k - 1];
            if (k > 0) {
                double step = p[0] + 360 * turns[k] - out[k - 1][0];
                turns[k] += step > 180 ? -1 : step < -180 ? 1 : 0;
            }
            out[k] = new double[] {p[0] + 360 * turns[k], p[1]};
            count.merge(turns[k], 1, Integer::sum);
        }
        int most = 0;
        for (Map.Entry<Integer, Integer> e : count.entrySet()) {
            if (e.getValue() > count.getOrDefault(most, 0)) {
                most = e.getKey();
            }
        }
        for (double[] p : out) {
            p[0] -= 360 * most;
        }
        return out;
    }
}
