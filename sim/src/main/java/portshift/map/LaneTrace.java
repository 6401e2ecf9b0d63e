package portshift.map;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A lane from a search's path: the cells from piece to piece of sea, then the port, the straightened path with its
 * canals, the port.
 */
final class LaneTrace {
    private final SeaGrid grid;
    private final SeaPieces pieces;
    private final List<Canal> canals;
    /** How a path of cells becomes a lane's few straight lines. */
    private final Straightening straightening;

    LaneTrace(SeaGrid grid, SeaPieces pieces, List<Canal> canals) {
        this.grid = grid;
        this.pieces = pieces;
        this.canals = canals;
        this.straightening = new Straightening(grid);
    }

    /** A cell of a lane's path, and 0, or the canal code of the canal that leads to it (see {@link PieceSearch}). */
    record Step(int cell, int canal) {
    }

    /**
     * Goes from one cell to another of the same piece or of two neighbouring pieces: straight if the line crosses no
     * coastline, else along the fewest moves within the two pieces. Adds the cells after the first to {@code out}.
     *
     * @return the cell reached
     */
    int walk(int from, int to, int pieceA, int pieceB, List<Step> out) {
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
    SeaLane lane(double fromLon, double fromLat, double toLon, double toLat, List<Step> steps) {
        List<double[]> points = new ArrayList<>();
        List<SeaLane.Part> parts = new ArrayList<>();
        List<String> names = new ArrayList<>();
        points.add(new double[] {fromLon, fromLat});
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
        points.add(new double[] {toLon, toLat});
        parts.add(SeaLane.Part.ACCESS);
        return new SeaLane(points, parts, names);
    }
}
