package portshift.gui;

import java.awt.geom.Path2D;
import java.util.ArrayList;
import java.util.List;

import portshift.map.LandOutlines;
import portshift.map.LandPolygon;

/** The land outlines ({@link LandOutlines}) projected once onto the map. */
final class LandShapes {
    private static List<Path2D.Double> shapes;

    private LandShapes() {
    }

    /** Land polygons in map units. */
    static synchronized List<Path2D.Double> shapes() {
        if (shapes == null) {
            shapes = project(LandOutlines.polygons());
        }
        return shapes;
    }

    /** Each polygon as one path of its rings, holes left empty by the even-odd rule. */
    static List<Path2D.Double> project(List<LandPolygon> polygons) {
        List<Path2D.Double> out = new ArrayList<>();
        for (LandPolygon polygon : polygons) {
            Path2D.Double path = new Path2D.Double(Path2D.WIND_EVEN_ODD);
            for (double[][] ring : polygon.rings()) {
                for (int k = 0; k < ring.length; k++) {
                    double x = MapProjection.x(ring[k][0]);
                    double y = MapProjection.y(ring[k][1]);
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
