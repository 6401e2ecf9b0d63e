package portshift.map;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where ships sail between two ports, for drawing: the shortest way over the sea on a grid of the land outlines
 * ({@link LandOutlines}), straightened. Drawing only: no duration of the model depends on it.
 *
 * <ol>
 * <li>The area is cut into cells of {@value #CELL_DEGREES} degrees ({@link SeaGrid}); a cell whose centre is on land
 * is land. Ships move between neighbouring sea cells (8 directions) where the line between their centres crosses no
 * coastline (tested exactly against the polygons' edges), and through the canals given ({@link Canal#PANAMA} for the
 * program's world). The sea is the largest body of sea cells that moves and canals join (the Atlantic, the Pacific by
 * the canal, the seas of Europe): lakes and lagoons cut off from it are not used.</li>
 * <li>A port is left and reached through its access ({@link PortAccess}): the line from its position to one of the sea cells within
 * {@value #ACCESS_SLACK_KM} km of the nearest one, at most {@value #MAX_ACCESS_KM} km away. A port's position is on the
 * coast or up a river, so the access may cross the shore: it is the only part of a lane that may cross land, but for a
 * canal. A kilometre of access costs {@value #ACCESS_WEIGHT} at sea and {@value #LAND_WEIGHT} more over land, so
 * that a lane keeps to the sea.</li>
 * <li>Dijkstra's algorithm ({@link PieceSearch}) finds the cheapest path: a move costs its length in kilometres, up to 15% more next to land.
 * For speed it runs over pieces of sea ({@link SeaPieces}: the sea cells of a block of {@value SeaGrid#BLOCK} by
 * {@value SeaGrid#BLOCK} that moves within the block join), one search from each position sailed from to all the ends
 * asked for; the path of cells then goes from piece to piece through the cell of each nearest the middle of its
 * cells.</li>
 * <li>The path is straightened ({@link Straightening}): from each kept cell, the farthest later cell of the path whose
 * straight line from it crosses no coastline and keeps {@value Straightening#STRAIGHT_CLEARANCE} cells from land (or as
 * far as the path did, where it went nearer); then each corner is pulled towards the line between its neighbours as
 * far as that stays true ({@link LaneTrace} makes the lane of a path).</li>
 * </ol>
 *
 * Lanes are computed once per pair of positions and kept; they depend on nothing but the land, the canals and the two
 * positions, so they are the same on every run and in whatever order they are asked for. A port outside the area, or
 * farther than {@value #MAX_ACCESS_KM} km from the sea, gets a straight line ({@link SeaLane.Part#CHORD}).
 */
public final class SeaLanes {
    /** The size of a cell of the grid, in degrees of longitude and of latitude. */
    public static final double CELL_DEGREES = 0.1;
    /** A port is reached through the sea cells up to this much farther from it than the nearest one. */
    public static final double ACCESS_SLACK_KM = 30;
    /** A port farther than this from the sea gets a straight line. */
    public static final double MAX_ACCESS_KM = 100;
    /** How much a kilometre of access costs against one at sea. */
    static final double ACCESS_WEIGHT = 2;
    /** How much more a kilometre of access over land costs. */
    static final double LAND_WEIGHT = 10;

    private static SeaLanes world;

    private final SeaGrid grid;
    private final List<Canal> canals;
    /** Per canal: the sea cell at its first point and at its last; -1 where there is none. */
    private final int[][] canalCells;
    /** The sea cut into pieces per block, and how the pieces join. */
    private final SeaPieces pieces;
    /** How ports are left and reached. */
    private final PortAccess access;
    /** How a search's path becomes a lane. */
    private final LaneTrace trace;
    private final Map<Leg, SeaLane> cache = new HashMap<>();

    /** A lane asked for: from one position to another. */
    record Leg(double fromLon, double fromLat, double toLon, double toLat) {
    }

    /**
     * @param land   land polygons in longitude and latitude
     * @param area   where lanes may run (ports outside it get straight lines)
     * @param cell   the grid's cell size, in degrees
     * @param canals canals ships may take across land
     */
    public SeaLanes(List<LandPolygon> land, MapArea area, double cell, List<Canal> canals) {
        this.grid = new SeaGrid(land, area, cell);
        this.canals = List.copyOf(canals);
        canalCells = new int[canals.size()][];
        for (int k = 0; k < canals.size(); k++) {
            List<double[]> points = canals.get(k).points();
            canalCells[k] = new int[] {nearestSeaCell(points.get(0)), nearestSeaCell(points.get(points.size() - 1))};
        }
        pieces = new SeaPieces(grid, canalCells);
        access = new PortAccess(grid, pieces);
        trace = new LaneTrace(grid, pieces, this.canals);
    }

    /** The lanes of the program's map: Natural Earth's land within {@link MapArea#ATLANTIC}, and the Panama Canal. */
    public static synchronized SeaLanes world() {
        if (world == null) {
            world = new SeaLanes(LandOutlines.polygons(), MapArea.ATLANTIC, CELL_DEGREES, List.of(Canal.PANAMA));
        }
        return world;
    }

    /** The canals lanes may take. */
    public List<Canal> canals() {
        return canals;
    }

    /** The lane from one position to another (computed the first time, then kept). */
    public synchronized SeaLane lane(double fromLon, double fromLat, double toLon, double toLat) {
        Leg leg = new Leg(fromLon, fromLat, toLon, toLat);
        SeaLane lane = cache.get(leg);
        if (lane == null) {
            prepare(List.of(new double[] {fromLon, fromLat, toLon, toLat}));
            lane = cache.get(leg);
        }
        return lane;
    }

    /**
     * Computes and keeps the lanes of many legs, each {fromLon, fromLat, toLon, toLat}, with one search from each
     * distinct starting position; the lanes are the same as {@link #lane} finds one by one.
     */
    public synchronized void prepare(List<double[]> legs) {
        Map<List<Double>, List<Leg>> bySource = new LinkedHashMap<>();
        for (double[] l : legs) {
            Leg leg = new Leg(l[0], l[1], l[2], l[3]);
            if (!cache.containsKey(leg)) {
                bySource.computeIfAbsent(List.of(l[0], l[1]), s -> new ArrayList<>()).add(leg);
            }
        }
        if (bySource.isEmpty()) {
            return;
        }
        PieceSearch search = new PieceSearch(grid, pieces, canals, canalCells, access, trace);
        for (List<Leg> group : bySource.values()) {
            List<SeaLane> lanes = search.from(group);
            for (int t = 0; t < group.size(); t++) {
                cache.put(group.get(t), lanes.get(t));
            }
        }
    }

    /** The sea cell whose centre is nearest the point, within 30 km; -1 if none. */
    private int nearestSeaCell(double[] p) {
        int best = -1;
        double bestKm = 30;
        int i0 = grid.col(p[0]);
        int j0 = grid.row(p[1]);
        for (int j = j0 - 5; j <= j0 + 5; j++) {
            for (int i = i0 - 5; i <= i0 + 5; i++) {
                if (grid.inside(i, j) && !grid.land[j * grid.nx + i]) {
                    double km = SeaGrid.km(p[0], p[1], grid.x(i), grid.y(j));
                    if (km < bestKm) {
                        bestKm = km;
                        best = j * grid.nx + i;
                    }
                }
            }
        }
        return best;
    }

}
