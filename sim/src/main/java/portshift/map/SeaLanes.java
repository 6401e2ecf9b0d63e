package portshift.map;

import java.util.ArrayList;
import java.util.Arrays;
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
 * <li>A port is left and reached through its access: the line from its position to one of the sea cells within
 * {@value #ACCESS_SLACK_KM} km of the nearest one, at most {@value #MAX_ACCESS_KM} km away. A port's position is on the
 * coast or up a river, so the access may cross the shore: it is the only part of a lane that may cross land, but for a
 * canal. A kilometre of access costs {@value #ACCESS_WEIGHT} at sea and {@value #LAND_WEIGHT} more over land, so
 * that a lane keeps to the sea.</li>
 * <li>Dijkstra's algorithm finds the cheapest path: a move costs its length in kilometres, up to 15% more next to land.
 * For speed it runs over pieces of sea ({@link SeaPieces}: the sea cells of a block of {@value SeaGrid#BLOCK} by
 * {@value SeaGrid#BLOCK} that moves within the block join), one search from each position sailed from to all the ends
 * asked for; the path of cells then goes from piece to piece through the cell of each nearest the middle of its
 * cells.</li>
 * <li>The path is straightened ({@link Straightening}): from each kept cell, the farthest later cell of the path whose
 * straight line from it crosses no coastline and keeps {@value Straightening#STRAIGHT_CLEARANCE} cells from land (or as
 * far as the path did, where it went nearer); then each corner is pulled towards the line between its neighbours as
 * far as that stays true.</li>
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
    /** How a path of cells becomes a lane's few straight lines. */
    private final Straightening straightening;
    private final Map<Leg, SeaLane> cache = new HashMap<>();
    /** The access of each position asked for, kept (an empty access: none). */
    private final Map<List<Double>, Access> accesses = new HashMap<>();

    private record Leg(double fromLon, double fromLat, double toLon, double toLat) {
    }

    /** The sea cells a position is reached through, and the cost of each access (see {@link #ACCESS_WEIGHT}). */
    private record Access(int[] cells, double[] cost) {
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
        straightening = new Straightening(grid);
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
        Search search = new Search();
        for (List<Leg> group : bySource.values()) {
            search.from(group);
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

    /** The sea cells a position is reached through, or null if it is outside the area or too far from the sea. */
    private Access access(double lon, double lat) {
        Access a = accesses.computeIfAbsent(List.of(lon, lat), p -> {
            Access found = findAccess(lon, lat);
            return found == null ? new Access(new int[0], new double[0]) : found;
        });
        return a.cells().length == 0 ? null : a;
    }

    private Access findAccess(double lon, double lat) {
        if (!grid.inside(grid.col(lon), grid.row(lat))) {
            return null;
        }
        double dLat = MAX_ACCESS_KM / SeaGrid.KM_PER_DEGREE;
        double cos = Math.cos(Math.toRadians(Math.min(89, Math.abs(lat) + dLat)));
        double dLon = MAX_ACCESS_KM / (SeaGrid.KM_PER_DEGREE * cos);
        List<Integer> cells = new ArrayList<>();
        List<Double> kms = new ArrayList<>();
        double nearest = Double.POSITIVE_INFINITY;
        for (int j = Math.max(0, grid.row(lat - dLat)); j <= Math.min(grid.ny - 1, grid.row(lat + dLat)); j++) {
            for (int i = Math.max(0, grid.col(lon - dLon)); i <= Math.min(grid.nx - 1, grid.col(lon + dLon)); i++) {
                int c = j * grid.nx + i;
                double km = SeaGrid.km(lon, lat, grid.x(i), grid.y(j));
                if (pieces.atSea(c) && km <= MAX_ACCESS_KM) {
                    cells.add(c);
                    kms.add(km);
                    nearest = Math.min(nearest, km);
                }
            }
        }
        int count = 0;
        int[] c = new int[cells.size()];
        double[] km = new double[cells.size()];
        for (int k = 0; k < cells.size(); k++) {
            if (kms.get(k) <= nearest + ACCESS_SLACK_KM) {
                c[count] = cells.get(k);
                double x = grid.x(c[count] % grid.nx);
                double y = grid.y(c[count] / grid.nx);
                km[count++] = ACCESS_WEIGHT * kms.get(k) + LAND_WEIGHT * grid.landKm(lon, lat, x, y);
            }
        }
        return count == 0 ? null : new Access(Arrays.copyOf(c, count), Arrays.copyOf(km, count));
    }

    /**
     * Where a search may end for one leg: reaching a piece through one of the target's access cells, at this cost
     * more; {@code next}: the next goal in the same piece, or -1.
     */
    private record Goal(int target, int cell, double cost, int next) {
    }

    /**
     * One Dijkstra search over the pieces at a time, from a starting position to all the legs' ends, over arrays kept
     * for a batch of searches. A step between pieces costs the kilometres between their cells, by the coast factor.
     */
    private final class Search {
        private final double[] dist = new double[pieces.pieceCell.length];
        private final int[] parent = new int[pieces.pieceCell.length];
        /** 0, or 1 + the canal taken to reach a piece from its parent (negative: from the canal's last end). */
        private final int[] canal = new int[pieces.pieceCell.length];
        /** Per piece: the first of the goals in it (see {@link Goal#next}), or -1. */
        private final int[] goalFirst = new int[pieces.pieceCell.length];
        private final PieceQueue queue = new PieceQueue();

        /** The lanes of legs that all start at the same position. */
        void from(List<Leg> legs) {
            Leg first = legs.get(0);
            Access source = access(first.fromLon(), first.fromLat());
            int targets = legs.size();
            List<Goal> goals = new ArrayList<>();
            Arrays.fill(goalFirst, -1);
            double[] best = new double[targets];
            Goal[] reached = new Goal[targets];
            int[] last = new int[targets];
            boolean[] done = new boolean[targets];
            int open = 0;
            for (int t = 0; t < targets; t++) {
                Leg leg = legs.get(t);
                Access to = access(leg.toLon(), leg.toLat());
                best[t] = Double.POSITIVE_INFINITY;
                if (source == null || to == null || (leg.fromLon() == leg.toLon() && leg.fromLat() == leg.toLat())) {
                    done[t] = true;
                    continue;
                }
                open++;
                for (int k = 0; k < to.cells().length; k++) {
                    int c = to.cells()[k];
                    double cost = to.cost()[k] + grid.km(c, pieces.pieceCell[pieces.piece[c]]);
                    goals.add(new Goal(t, c, cost, goalFirst[pieces.piece[c]]));
                    goalFirst[pieces.piece[c]] = goals.size() - 1;
                }
            }
            Map<Integer, Integer> startCell = new HashMap<>();
            if (open > 0) {
                Arrays.fill(dist, Double.POSITIVE_INFINITY);
                Arrays.fill(parent, -1);
                Arrays.fill(canal, 0);
                queue.clear();
                for (int k = 0; k < source.cells().length; k++) {
                    int c = source.cells()[k];
                    int p = pieces.piece[c];
                    double cost = source.cost()[k] + grid.km(c, pieces.pieceCell[p]);
                    if (cost < dist[p]) {
                        dist[p] = cost;
                        startCell.put(p, c);
                        queue.push(cost, p);
                    }
                }
                run(goals, best, reached, last, done, open);
            }
            for (int t = 0; t < targets; t++) {
                Leg leg = legs.get(t);
                cache.put(leg, reached[t] == null
                        ? SeaLane.chord(leg.fromLon(), leg.fromLat(), leg.toLon(), leg.toLat())
                        : lane(leg, cells(startCell, last[t], reached[t].cell())));
            }
        }

        private void run(List<Goal> goals, double[] best, Goal[] reached, int[] last, boolean[] done,
                         int open) {
            double threshold = Double.POSITIVE_INFINITY;
            while (!queue.isEmpty() && open > 0) {
                double d = queue.topCost();
                int u = queue.topPiece();
                queue.pop();
                if (d > dist[u]) {
                    continue;
                }
                if (d >= threshold) {
                    threshold = Double.POSITIVE_INFINITY;
                    for (int t = 0; t < best.length; t++) {
                        if (!done[t] && best[t] <= d) {
                            done[t] = true;
                            open--;
                        } else if (!done[t]) {
                            threshold = Math.min(threshold, best[t]);
                        }
                    }
                    if (open == 0) {
                        break;
                    }
                }
                for (int k = goalFirst[u]; k >= 0; k = goals.get(k).next()) {
                    Goal g = goals.get(k);
                    if (!done[g.target()] && d + g.cost() < best[g.target()]) {
                        best[g.target()] = d + g.cost();
                        reached[g.target()] = g;
                        last[g.target()] = u;
                        threshold = Math.min(threshold, d + g.cost());
                    }
                }
                relax(u, d);
            }
        }

        private void relax(int u, double d) {
            int cu = pieces.pieceCell[u];
            for (int k = pieces.nextStart[u]; k < pieces.nextStart[u + 1]; k++) {
                if (pieces.sea[pieces.next[k]]) {
                    reach(pieces.next[k], u, 0, d + pieces.nextCost[k]);
                }
            }
            for (int k = 0; k < canalCells.length; k++) {
                int[] ends = canalCells[k];
                for (int e = 0; e < 2; e++) {
                    if (ends[0] >= 0 && ends[1] >= 0 && pieces.piece[ends[e]] == u) {
                        int v = pieces.piece[ends[1 - e]];
                        double cost = grid.km(cu, ends[e]) + canals.get(k).km() + grid.km(ends[1 - e], pieces.pieceCell[v]);
                        reach(v, u, e == 0 ? k + 1 : -(k + 1), d + cost);
                    }
                }
            }
        }

        private void reach(int v, int from, int by, double cost) {
            if (cost < dist[v]) {
                dist[v] = cost;
                parent[v] = from;
                canal[v] = by;
                queue.push(cost, v);
            }
        }

        /**
         * The cells of a lane: the start's access cell, then through the cell of each piece on the way (or, for a
         * step through a canal, the cells at its two ends, the second marked with the canal's code) to the goal's
         * access cell.
         */
        private List<Step> cells(Map<Integer, Integer> startCell, int end, int goal) {
            List<Integer> chain = new ArrayList<>();
            for (int p = end; p >= 0; p = parent[p]) {
                chain.add(p);
            }
            java.util.Collections.reverse(chain);
            List<Step> out = new ArrayList<>();
            int at = startCell.get(chain.get(0));
            out.add(new Step(at, 0));
            for (int k = 1; k < chain.size(); k++) {
                int from = chain.get(k - 1);
                int to = chain.get(k);
                int by = canal[to];
                if (by == 0) {
                    at = walk(at, pieces.pieceCell[to], from, to, out);
                } else {
                    int[] ends = canalCells[Math.abs(by) - 1];
                    at = walk(at, by > 0 ? ends[0] : ends[1], from, from, out);
                    at = by > 0 ? ends[1] : ends[0];
                    out.add(new Step(at, by));
                }
            }
            walk(at, goal, end, end, out);
            return out;
        }
    }

    /** A cell of a lane's path, and 0, or the canal code of the canal that leads to it (see Search.canal). */
    private record Step(int cell, int canal) {
    }

    /**
     * Goes from one cell to another of the same piece or of two neighbouring pieces: straight if the line crosses no
     * coastline, else along the fewest moves within the two pieces. Adds the cells after the first to {@code out}.
     *
     * @return the cell reached
     */
    private int walk(int from, int to, int pieceA, int pieceB, List<Step> out) {
        if (from == to) {
            return to;
        }
        if (grid.least(grid.x(from % grid.nx), grid.y(from / grid.nx), grid.x(to % grid.nx), grid.y(to / grid.nx)) >= 0) {
            out.add(new Step(to, 0));
            return to;
        }
        Map<Integer, Integer> came = new HashMap<>();
        java.util.ArrayDeque<Integer> queue = new java.util.ArrayDeque<>();
        came.put(from, from);
        queue.add(from);
        while (!queue.isEmpty() && !came.containsKey(to)) {
            int u = queue.poll();
            for (int k = 0; k < 8; k++) {
                int v = (u / grid.nx + SeaGrid.DJ[k]) * grid.nx + u % grid.nx + SeaGrid.DI[k];
                if (grid.canMove(u, k) && (pieces.piece[v] == pieceA || pieces.piece[v] == pieceB) && !came.containsKey(v)) {
                    came.put(v, u);
                    queue.add(v);
                }
            }
        }
        if (!came.containsKey(to)) {
            throw new IllegalStateException("no path within two neighbouring pieces of sea");
        }
        List<Integer> path = new ArrayList<>();
        for (int c = to; c != from; c = came.get(c)) {
            path.add(c);
        }
        for (int k = path.size() - 1; k >= 0; k--) {
            out.add(new Step(path.get(k), 0));
        }
        return to;
    }


    /** The lane of a leg along a path of cells: the port, the straightened path with its canals, the port. */
    private SeaLane lane(Leg leg, List<Step> steps) {
        List<double[]> points = new ArrayList<>();
        List<SeaLane.Part> parts = new ArrayList<>();
        List<String> names = new ArrayList<>();
        points.add(new double[] {leg.fromLon(), leg.fromLat()});
        int start = 0;
        SeaLane.Part entry = SeaLane.Part.ACCESS;
        for (int k = 1; k <= steps.size(); k++) {
            int by = k < steps.size() ? steps.get(k).canal() : 0;
            if (k < steps.size() && by == 0) {
                continue;
            }
            int[] run = steps.subList(start, k).stream().mapToInt(Step::cell).toArray();
            straightening.add(run, entry, points, parts);
            if (by != 0) {
                Canal c = canals.get(Math.abs(by) - 1);
                List<double[]> course = new ArrayList<>(c.points());
                if (by < 0) {
                    java.util.Collections.reverse(course);
                }
                for (double[] p : course) {
                    points.add(p.clone());
                    parts.add(SeaLane.Part.CANAL);
                }
                names.add(c.name());
                entry = SeaLane.Part.CANAL;
                start = k;
            }
        }
        points.add(new double[] {leg.toLon(), leg.toLat()});
        parts.add(SeaLane.Part.ACCESS);
        return new SeaLane(points, parts, names);
    }
}
