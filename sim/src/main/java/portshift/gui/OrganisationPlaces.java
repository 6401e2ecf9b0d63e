package portshift.gui;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import portshift.model.Trafficker;
import sim.util.Double2D;

/** Where the Atlantic map draws the trafficking organisations: on rings around their producer's main coca region. */
final class OrganisationPlaces {
    /** The main coca region of each producer (lat, lon): Colombia's is Guaviare. */
    private static final Map<String, double[]> PRODUCERS = Map.of("COLOMBIA", new double[] {1.2, -72.3},
            "PERU", new double[] {-12.3, -73.9}, "BOLIVIA", new double[] {-17.0, -65.0});
    /** The radius of the innermost ring of organisations around their producer's coca region, in map units. */
    private static final double RING = 10;

    private OrganisationPlaces() {
    }

    /** Where an organisation, one of {@code count} shown, is drawn in the view's map units. */
    static Double2D of(Trafficker t, int count, MapView view) {
        double[] at = PRODUCERS.getOrDefault(t.producer().id(), new double[] {0, -70});
        double angle = 2 * Math.PI * t.id() / Math.max(1, count) * 3.7;
        double ring = RING + 2 * (t.id() % 4);
        return new Double2D(view.x(at[1]) + ring * Math.cos(angle), view.y(at[0]) + ring * Math.sin(angle));
    }

    /**
     * The area the organisations of each producer cover on the map, which ports' names keep clear of: {lon, lat, radius
     * in map units}.
     */
    static List<double[]> producerMarks() {
        List<double[]> out = new ArrayList<>();
        for (double[] at : PRODUCERS.values()) {
            out.add(new double[] {at[1], at[0], RING + 2 * 3 + 4});
        }
        return out;
    }
}
