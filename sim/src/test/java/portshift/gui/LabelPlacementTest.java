package portshift.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import portshift.TestPaths;
import portshift.model.Port;
import portshift.model.Region;
import portshift.model.World;
import portshift.scenario.LoadedScenario;

/**
 * The ports' names on the maps, as the screenshot draws them (scale 1) and as the GUI opens them on a
 * 1920 x 1200 screen (Europe 0.81; Atlantic 0.72 or more, by the desktop's title bars): no two names
 * overlap, each sits within a short distance of its own circle where it is drawn (REACH pixels at most,
 * from the circle's centre to the name's nearest edge), no name covers another port or the legend, and
 * on the Europe view every European port is named.
 */
class LabelPlacementTest {
    /** The farthest a name's nearest edge may be from its port's centre, in pixels at scale 1. */
    static final double REACH = 45;

    private static World world;

    /** The default world, built once: nothing here changes it. */
    private static synchronized World world() {
        if (world == null) {
            world = LoadedScenario.load(TestPaths.scenario("baseline.yaml")).config().world().build();
        }
        return world;
    }

    /** The names as the map draws them: beside each port's circle where PortPlaces puts it, clear of the legend. */
    private static PortLabels.Plan plan(MapView view, List<Port> ports, double scale) {
        BufferedImage image = new BufferedImage(10, 10, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        try {
            return PortLabels.plan(view, ports, PortPlaces.place(view, ports), scale, g,
                    OrganisationPlaces.producerMarks(), List.of(new Legend(null, view.isOverview()).box(g)));
        } finally {
            g.dispose();
        }
    }

    private static final Map<MapView, Map<String, java.awt.geom.Point2D.Double>> PLACES = new java.util.HashMap<>();

    /** Where a port's circle is drawn on a view, in map units. */
    private static synchronized java.awt.geom.Point2D.Double drawn(MapView view, Port p) {
        return PLACES.computeIfAbsent(view, v -> PortPlaces.place(v, world().ports())).get(p.id());
    }

    /** Each placed name's box, in pixels on the view at the plan's scale. */
    private static Map<Port, Rectangle2D> boxes(MapView view, PortLabels.Plan plan) {
        Map<Port, Rectangle2D> out = new java.util.LinkedHashMap<>();
        for (Port p : plan.ports()) {
            LabelLayout.Placement placed = plan.of(p);
            if (placed != null) {
                double x = drawn(view, p).x * plan.scale();
                double y = drawn(view, p).y * plan.scale();
                out.put(p, new Rectangle2D.Double(x + placed.box().x, y + placed.box().y, placed.box().width,
                        placed.box().height));
            }
        }
        return out;
    }

    @ParameterizedTest
    @ValueSource(doubles = {1.0, 0.81})
    void everyEuropeanPortIsNamedBesideItsCircleWithoutOverlap(double scale) {
        World world = world();
        PortLabels.Plan plan = plan(MapView.EUROPE, world.ports(), scale);
        Map<Port, Rectangle2D> boxes = boxes(MapView.EUROPE, plan);
        List<String> european = world.ports().stream().filter(p -> p.region() == Region.EUROPE).map(Port::id).toList();
        assertThat(boxes.keySet().stream().map(Port::id)).containsAll(european);
        Figures f = figures(MapView.EUROPE, boxes, scale);
        System.out.printf("Europe view at scale %.2f: %d names, smallest gap between names %.1f px, "
                + "largest name-to-port distance %.1f px%n", scale, boxes.size(), f.smallestGap, f.largestReach);
        assertThat(f.smallestGap).isGreaterThan(0);
        assertThat(f.largestReach).isLessThanOrEqualTo(REACH * scale);
        clearOfTheLegend(MapView.EUROPE, boxes);
    }

    /** No name under the legend. */
    private static void clearOfTheLegend(MapView view, Map<Port, Rectangle2D> boxes) {
        Graphics2D g = new BufferedImage(10, 10, BufferedImage.TYPE_INT_RGB).createGraphics();
        Rectangle2D legend = new Legend(null, view.isOverview()).box(g);
        g.dispose();
        for (Map.Entry<Port, Rectangle2D> e : boxes.entrySet()) {
            assertThat(e.getValue().intersects(legend)).as(e.getKey().id() + "'s name under the legend on " + view.name).isFalse();
        }
    }

    @ParameterizedTest
    @ValueSource(doubles = {1.0, 0.72})
    void theAtlanticViewNamesWhatFitsAndNothingOverlaps(double scale) {
        World world = world();
        PortLabels.Plan plan = plan(MapView.ATLANTIC, world.ports(), scale);
        Map<Port, Rectangle2D> boxes = boxes(MapView.ATLANTIC, plan);
        Figures f = figures(MapView.ATLANTIC, boxes, scale);
        System.out.printf("Atlantic view at scale %.2f: %d of %d names, smallest gap %.1f px, largest distance %.1f px%n",
                scale, boxes.size(), world.ports().size(), f.smallestGap, f.largestReach);
        assertThat(boxes.keySet().stream().filter(p -> p.region() != Region.EUROPE).count())
                .as("every port outside Europe named").isEqualTo(
                        world.ports().stream().filter(p -> p.region() != Region.EUROPE).count());
        assertThat(boxes.keySet().stream().map(Port::id)).contains("ANTWERP", "ROTTERDAM", "HAMBURG");
        assertThat(f.smallestGap).isGreaterThan(0);
        assertThat(f.largestReach).isLessThanOrEqualTo(REACH);
        clearOfTheLegend(MapView.ATLANTIC, boxes);
    }

    @Test
    void noNameCoversAnotherPort() {
        World world = world();
        for (MapView view : List.of(MapView.ATLANTIC, MapView.EUROPE)) {
            Map<Port, Rectangle2D> boxes = boxes(view, plan(view, world.ports(), 1.0));
            for (Map.Entry<Port, Rectangle2D> e : boxes.entrySet()) {
                for (Port other : world.ports()) {
                    if (other != e.getKey() && view.contains(other.longitude(), other.latitude())) {
                        double d = LabelLayout.distance(e.getValue(), drawn(view, other).x, drawn(view, other).y);
                        assertThat(d).as(e.getKey().id() + " over " + other.id() + " on " + view.name)
                                .isGreaterThanOrEqualTo(PortPlaces.radius(other, view));
                    }
                }
            }
        }
    }

    /** The smallest gap between two names and the largest name-to-port distance, in pixels, and names placed. */
    record Figures(double smallestGap, double largestReach, int names) {
    }

    /** The figures of the names on a view of the default world at a scale. */
    static Figures measure(MapView view, double scale) {
        World world = world();
        return figures(view, boxes(view, plan(view, world.ports(), scale)), scale);
    }

    private static Figures figures(MapView view, Map<Port, Rectangle2D> boxes, double scale) {
        List<Rectangle2D> all = new ArrayList<>(boxes.values());
        double gap = Double.POSITIVE_INFINITY;
        for (int i = 0; i < all.size(); i++) {
            for (int j = i + 1; j < all.size(); j++) {
                gap = Math.min(gap, LabelLayout.gap(all.get(i), all.get(j)));
            }
        }
        double reach = 0;
        for (Map.Entry<Port, Rectangle2D> e : boxes.entrySet()) {
            Port p = e.getKey();
            reach = Math.max(reach, LabelLayout.distance(e.getValue(), drawn(view, p).x * scale, drawn(view, p).y * scale));
        }
        return new Figures(gap, reach, boxes.size());
    }
}
