package portshift.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import portshift.TestPaths;
import portshift.model.PortSpec;
import portshift.model.RouteSpec;
import portshift.model.WorldSpec;
import portshift.scenario.LoadedScenario;

/**
 * Sea lanes go around the land: on a hand-built island and canal whose answers are known, and on every leg of the
 * default world, measured against the land polygons by {@link LandCrossing}.
 */
class SeaLanesTest {
    /**
     * Kilometres of land a lane may cross outside its accesses and canals: none, but for 1 m of rounding. The access
     * of a port (from its position to the sea cell it is reached through) is the coastal allowance at each end.
     */
    static final double SEA_TOLERANCE_KM = 0.001;
    /**
     * The longest access of a port of the default world may be: Hamburg's, 70 km down the Elbe to the sea cell at its
     * mouth (the 1:50m outlines draw the river as land); Antwerp's, 40 km down the Scheldt, comes next.
     */
    static final double ACCESS_KM = 75;

    private static final Set<String> PACIFIC = Set.of("GUAYAQUIL", "PUERTO_BOLIVAR", "CALLAO", "PAITA", "BUENAVENTURA",
            "BALBOA");
    private static final Set<String> MEDITERRANEAN = Set.of("VALENCIA", "BARCELONA", "MARSEILLE", "GENOA",
            "GIOIA_TAURO", "PIRAEUS");

    /** A square island of 2 by 2 degrees at the middle of a 10-degree sea. */
    private static final LandPolygon ISLAND = new LandPolygon(List.<double[][]>of(
            new double[][] {{4, 4}, {6, 4}, {6, 6}, {4, 6}}));
    private static final MapArea SQUARE_SEA = new MapArea(0, 10, 0, 10);

    @Test
    void aLaneGoesAroundASquareIslandBetweenTwoPorts() {
        SeaLanes lanes = new SeaLanes(List.of(ISLAND), SQUARE_SEA, 0.1, List.of());
        LandCrossing land = new LandCrossing(List.of(ISLAND));
        assertThat(land.km(2, 5, 8, 5)).as("the straight line crosses the island").isCloseTo(2 * SeaGrid.km(4, 5, 5, 5), within(0.1));

        SeaLane lane = lanes.lane(2, 5, 8, 5);
        assertThat(lane.points().get(0)).containsExactly(2, 5);
        assertThat(lane.points().get(lane.size() - 1)).containsExactly(8, 5);
        for (int k = 0; k + 1 < lane.size(); k++) {
            assertThat(lane.part(k)).isIn(SeaLane.Part.SEA, SeaLane.Part.ACCESS);
            assertThat(land.km(lane.lon(k), lane.lat(k), lane.lon(k + 1), lane.lat(k + 1))).as("segment " + k).isZero();
        }
        // it passes the island on one side: wherever it is level with the island, it is north or south of it
        for (double x = 4; x <= 6; x += 0.05) {
            double y = latitudeAt(lane, x);
            assertThat(Math.abs(y - 5)).as("distance from the island's middle line at longitude " + x).isGreaterThanOrEqualTo(1);
        }
        // and about as short as the way around its corners: port, corner, corner, port
        double around = SeaGrid.km(2, 5, 4, 6) + SeaGrid.km(4, 6, 6, 6) + SeaGrid.km(6, 6, 8, 5);
        assertThat(lane.km()).isBetween(around, 1.05 * around);
        assertThat(lanes.lane(8, 5, 2, 5).km()).isBetween(around, 1.05 * around);
    }

    @Test
    void aCanalIsTakenWhereItIsTheOnlyWayAndIsNotALandCrossing() {
        LandPolygon wall = new LandPolygon(List.<double[][]>of(new double[][] {{4.5, -1}, {5.5, -1}, {5.5, 11}, {4.5, 11}}));
        Canal canal = new Canal("Test Canal", List.of(new double[] {4.3, 5}, new double[] {5, 5.1}, new double[] {5.7, 5}));
        LandCrossing land = new LandCrossing(List.of(wall));

        SeaLane lane = new SeaLanes(List.of(wall), SQUARE_SEA, 0.1, List.of(canal)).lane(2, 3, 8, 7);
        assertThat(lane.canals()).containsExactly("Test Canal");
        List<String> along = new ArrayList<>();
        for (int k = 0; k + 1 < lane.size(); k++) {
            along.add(lane.part(k).name());
            double km = land.km(lane.lon(k), lane.lat(k), lane.lon(k + 1), lane.lat(k + 1));
            if (lane.part(k) != SeaLane.Part.CANAL) {
                assertThat(km).as("segment " + k + ", " + lane.part(k)).isZero();
            }
        }
        assertThat(String.join(" ", along)).matches("ACCESS (SEA )*(CANAL )+(SEA )*ACCESS");
        assertThat(lane.points()).anySatisfy(p -> assertThat(p).containsExactly(5, 5.1));

        // without the canal the two seas are apart: the far port gets a straight line, marked as such
        SeaLane none = new SeaLanes(List.of(wall), SQUARE_SEA, 0.1, List.of()).lane(2, 3, 8, 7);
        assertThat(none.size()).isEqualTo(2);
        assertThat(none.part(0)).isEqualTo(SeaLane.Part.CHORD);
    }

    @Test
    void aPortOutsideTheAreaOrFarInlandGetsAStraightLine() {
        SeaLanes world = SeaLanes.world();
        assertThat(world.lane(-3.70, 40.42, 4.40, 51.26).part(0)).as("Madrid").isEqualTo(SeaLane.Part.CHORD);
        assertThat(world.lane(4.40, 51.26, 103.8, 1.26).part(0)).as("Singapore").isEqualTo(SeaLane.Part.CHORD);
    }

    @Test
    void noLaneOfTheDefaultWorldCrossesLand() {
        WorldSpec world = defaultWorld();
        long start = System.nanoTime();
        SeaLanes lanes = new SeaLanes(LandOutlines.polygons(), MapArea.ATLANTIC, SeaLanes.CELL_DEGREES, List.of(Canal.PANAMA));
        long built = System.nanoTime();
        lanes.prepare(legs(world));
        long done = System.nanoTime();
        System.out.printf("sea lanes of the default world: %d legs; the grid %.0f ms, the lanes %.0f ms%n",
                legs(world).size(), (built - start) / 1e6, (done - built) / 1e6);

        LandCrossing land = LandCrossing.world();
        double longestAccess = 0;
        for (PortSpec[] leg : portLegs(world)) {
            SeaLane lane = lane(lanes, leg);
            String name = leg[0].id() + ">" + leg[1].id();
            for (int k = 0; k + 1 < lane.size(); k++) {
                double km = land.km(lane.lon(k), lane.lat(k), lane.lon(k + 1), lane.lat(k + 1));
                switch (lane.part(k)) {
                    case SEA -> assertThat(km).as(name + ": land crossed by segment " + k).isLessThanOrEqualTo(SEA_TOLERANCE_KM);
                    case ACCESS -> {
                        double length = SeaGrid.km(lane.lon(k), lane.lat(k), lane.lon(k + 1), lane.lat(k + 1));
                        assertThat(length).as(name + ": access " + k).isLessThanOrEqualTo(ACCESS_KM);
                        assertThat(k == 0 || k == lane.size() - 2).as(name + ": access at an end").isTrue();
                        longestAccess = Math.max(longestAccess, length);
                    }
                    case CANAL -> {
                        assertThat(lane.canals()).as(name).containsExactly("Panama Canal");
                        assertThat(lane.lon(k)).as(name + ": canal").isBetween(-80.1, -79.4);
                        assertThat(lane.lat(k)).as(name + ": canal").isBetween(8.7, 9.6);
                    }
                    case CHORD -> throw new AssertionError(name + ": no lane over the sea");
                }
            }
        }
        System.out.printf("longest access: %.1f km%n", longestAccess);
    }

    @Test
    void lanesTakeTheCanalTheStraitsAndTheWayAroundDenmark() {
        WorldSpec world = defaultWorld();
        SeaLanes lanes = SeaLanes.world();
        lanes.prepare(legs(world));
        for (PortSpec[] leg : portLegs(world)) {
            SeaLane lane = lane(lanes, leg);
            String name = leg[0].id() + ">" + leg[1].id();
            boolean pacific = PACIFIC.contains(leg[0].id()) && !PACIFIC.contains(leg[1].id());
            assertThat(lane.canals()).as(name).isEqualTo(pacific ? List.of("Panama Canal") : List.of());
            if (MEDITERRANEAN.contains(leg[1].id()) && leg[0].facts().lon() < -5.7) {
                assertThat(latitudesAt(lane, -5.6)).as(name + " through the Strait of Gibraltar")
                        .anySatisfy(y -> assertThat(y).isBetween(35.85, 36.05));
            }
            if (leg[1].id().equals("GDANSK")) {
                assertThat(lane.points()).as(name + " round Skagen into the Kattegat")
                        .anySatisfy(p -> assertThat(p[0] > 10 && p[0] < 13 && p[1] > 56.5 && p[1] < 58).isTrue());
            }
            if (leg[1].id().equals("LE_HAVRE")) {
                assertThat(latitudesAt(lane, -5)).as(name + " round Brittany into the Channel")
                        .anySatisfy(y -> assertThat(y).isBetween(48.3, 50.0));
            }
        }
    }

    @Test
    void lanesAreTheSameWhateverTheOrderTheyAreAskedFor() {
        WorldSpec world = defaultWorld();
        List<double[]> legs = legs(world);
        SeaLanes batch = SeaLanes.world();
        batch.prepare(legs);
        SeaLanes oneByOne = new SeaLanes(LandOutlines.polygons(), MapArea.ATLANTIC, SeaLanes.CELL_DEGREES, List.of(Canal.PANAMA));
        for (int k = legs.size() - 1; k >= 0; k -= 7) {
            double[] l = legs.get(k);
            assertThat(oneByOne.lane(l[0], l[1], l[2], l[3]).points())
                    .containsExactlyElementsOf(batch.lane(l[0], l[1], l[2], l[3]).points());
        }
    }

    @Test
    void aShipMovesAlongTheLaneByTheShareOfItsLength() {
        SeaLane lane = new SeaLanes(List.of(ISLAND), SQUARE_SEA, 0.1, List.of()).lane(2, 5, 8, 5);
        assertThat(lane.at(0)).containsExactly(2, 5);
        assertThat(lane.at(1)).containsExactly(8, 5);
        assertThat(lane.at(-1)).containsExactly(2, 5);
        double[] half = lane.at(0.5);
        assertThat(Math.abs(half[1] - 5)).as("half-way is beside the island, not across it").isGreaterThanOrEqualTo(1);
        double[] quarter = lane.at(0.25);
        assertThat(SeaGrid.km(2, 5, quarter[0], quarter[1])).isLessThanOrEqualTo(lane.km() / 4 + 1e-6);
    }

    /** The latitudes where the lane crosses a longitude, in order. */
    static List<Double> latitudesAt(SeaLane lane, double lon) {
        List<Double> out = new ArrayList<>();
        for (int k = 0; k + 1 < lane.size(); k++) {
            double a = lane.lon(k);
            double b = lane.lon(k + 1);
            if ((a - lon) * (b - lon) <= 0 && a != b) {
                out.add(lane.lat(k) + (lon - a) / (b - a) * (lane.lat(k + 1) - lane.lat(k)));
            }
        }
        return out;
    }

    /** The latitude where the lane first reaches a longitude (NaN if it never does). */
    static double latitudeAt(SeaLane lane, double lon) {
        for (int k = 0; k + 1 < lane.size(); k++) {
            double a = lane.lon(k);
            double b = lane.lon(k + 1);
            if ((a - lon) * (b - lon) <= 0 && a != b) {
                return lane.lat(k) + (lon - a) / (b - a) * (lane.lat(k + 1) - lane.lat(k));
            }
        }
        return Double.NaN;
    }

    private static WorldSpec defaultWorld() {
        return LoadedScenario.load(TestPaths.scenario("baseline.yaml")).config().world();
    }

    /** Every distinct leg sailed: origin to hub, hub to destination, origin to destination. */
    static List<PortSpec[]> portLegs(WorldSpec world) {
        Map<String, PortSpec> byId = new HashMap<>();
        world.ports().forEach(p -> byId.put(p.id(), p));
        Set<List<String>> ids = new LinkedHashSet<>();
        for (RouteSpec r : world.routes()) {
            if (r.hub() == null) {
                ids.add(List.of(r.origin(), r.destination()));
            } else {
                ids.add(List.of(r.origin(), r.hub()));
                ids.add(List.of(r.hub(), r.destination()));
            }
        }
        List<PortSpec[]> out = new ArrayList<>();
        for (List<String> l : ids) {
            out.add(new PortSpec[] {byId.get(l.get(0)), byId.get(l.get(1))});
        }
        return out;
    }

    private static List<double[]> legs(WorldSpec world) {
        List<double[]> out = new ArrayList<>();
        for (PortSpec[] l : portLegs(world)) {
            out.add(new double[] {l[0].facts().lon(), l[0].facts().lat(), l[1].facts().lon(), l[1].facts().lat()});
        }
        return out;
    }

    private static SeaLane lane(SeaLanes lanes, PortSpec[] leg) {
        return lanes.lane(leg[0].facts().lon(), leg[0].facts().lat(), leg[1].facts().lon(), leg[1].facts().lat());
    }
}
