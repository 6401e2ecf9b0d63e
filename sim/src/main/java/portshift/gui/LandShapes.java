package portshift.gui;

import java.awt.geom.Path2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;

import portshift.map.LandOutlines;
import portshift.map.LandPolygon;

/** The land outlines ({@link LandOutlines}) projected once onto each view. */
final class LandShapes {
    /** By view: a view fitted anew to a resized window replaces the last, which is then forgotten. */
    private static final Map<MapView, List<Path2D.Double>> SHAPES = new WeakHashMap<>();

    private LandShapes() {
    }

    /** Land polygons in the view's map units. */
    static synchronized List<Path2D.Double> shapes(MapView view) {
        return SHAPES.computeIfAbsent(view, v -> project(LandOutlines.polygons(), v));
    }

    /** Each polygon as one path of its rings, holes left empty by the even-odd rule. */
    static List<Path2D.Double> project(List<LandPolygon> polygons, MapView view) {
        List<Path2D.Double> out = new ArrayList<>();
        for (LandPolygon polygon : polygons) {
            Path2D.Double path = new Path2D.Double(Path2D.WIND_EVEN_ODD);
            for (double[][] ring : polygon.rings()) {
                for (int k = 0; k < ring.length; k++) {
                    double x = view.x(ring[k][0]);
                    double y = view.y(ring[k][1]);
                    if (k == 0) {
                        path.moveTo(x, y);
                    } else {
                        path.lineTo(x, y);
                    }
                }
                path.closePath();
            }
            out.add(path);
        }
        return out;
    }
}
