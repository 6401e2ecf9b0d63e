package portshift.gui;

import java.awt.geom.Path2D;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The land outlines of Natural Earth (1:50m, public domain; see LAND-NOTICE.txt), read from the
 * TopoJSON resource and projected once onto each view.
 */
final class LandShapes {
    private static final String RESOURCE = "/portshift/gui/land-50m.json";
    private static final Map<MapView, List<Path2D.Double>> SHAPES = new HashMap<>();

    private LandShapes() {
    }

    /** Land polygons in the view's map units. */
    static synchronized List<Path2D.Double> shapes(MapView view) {
        return SHAPES.computeIfAbsent(view, v -> {
            try (InputStream in = LandShapes.class.getResourceAsStream(RESOURCE)) {
                return project(new ObjectMapper().readTree(in), v);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** Decodes the quantized, delta-encoded arcs of a TopoJSON topology and joins them into rings. */
    static List<Path2D.Double> project(JsonNode topology, MapView view) {
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
        List<Path2D.Double> out = new ArrayList<>();
        for (JsonNode geometry : topology.get("objects").get("land").get("geometries")) {
            JsonNode polygons = geometry.get("arcs");
            boolean multi = "MultiPolygon".equals(geometry.get("type").asText());
            for (JsonNode polygon : multi ? polygons : List.of(polygons)) {
                Path2D.Double path = new Path2D.Double(Path2D.WIND_EVEN_ODD);
                for (JsonNode ring : polygon) {
                    boolean first = true;
                    for (JsonNode index : ring) {
                        int i = index.asInt();
                        double[][] points = arcs.get(i >= 0 ? i : ~i);
                        for (int k = 0; k < points.length; k++) {
                            double[] p = points[i >= 0 ? k : points.length - 1 - k];
                            double mx = view.x(p[0]);
                            double my = view.y(p[1]);
                            if (first) {
                                path.moveTo(mx, my);
                                first = false;
                            } else {
                                path.lineTo(mx, my);
                            }
                        }
                    }
                    path.closePath();
                }
                out.add(path);
            }
        }
        return out;
    }
}
