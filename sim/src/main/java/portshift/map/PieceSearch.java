package portshift.map;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One Dijkstra search over the pieces at a time, from a starting position to all the legs' ends, over arrays kept
 * for a batch of searches. A step between pieces costs the kilometres between their cells, by the coast factor.
 */
final class PieceSearch {
    private final SeaGrid grid;
    private final SeaPieces pieces;
    private final List<Canal> canals;
    /** Per canal: the sea cell at its first point and at its last; -1 where there is none. */
    private final int[][] canalCells;
    private final PortAccess access;
    private final LaneTrace trace;
    private final double[] dist;
    private final int[] parent;
    /** 0, or 1 + the canal taken to reach a piece from its parent (negative: from the canal's last end). */
    private final int[] canal;
    /** Per piece: the first of the goals in it (see {@link Goal#next}), or -1. */
    private final int[] goalFirst;
    private final PieceQueue queue = new PieceQueue();

    PieceSearch(SeaGrid grid, SeaPieces pieces, List<Canal> canals, int[][] canalCells, PortAccess access,
                LaneTrace trace) {
        this.grid = grid;
        this.pieces = pieces;
        this.canals = canals;
        this.canalCells = canalCells;
        this.access = access;
        this.trace = trace;
        int n = pieces.pieceCell.length;
        dist = new double[n];
        parent = new int[n];
        canal = new int[n];
        goalFirst = new int[n];
    }

    /** The lanes of legs that all start at the same position. */
    List<SeaLane> from(List<SeaLanes.Leg> legs) {
        SeaLanes.Leg first = legs.get(0);
        PortAccess.Access source = access.at(first.fromLon(), first.fromLat());
        int targets = legs.size();
        List<Goal> goals = new ArrayList<>();
        Arrays.fill(goalFirst, -1);
        double[] best = new double[targets];
        Goal[] reached = new Goal[targets];
        int[] last = new int[targets];
        boolean[] done = new boolean[targets];
        int open = 0;
        for (int t = 0; t < targets; t++) {
            SeaLanes.Leg leg = legs.get(t);
            PortAccess.Access to = access.at(leg.toLon(), leg.toLat());
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
        List<SeaLane> lanes = new ArrayList<>(targets);
        for (int t = 0; t < targets; t++) {
            SeaLanes.Leg leg = legs.get(t);
            lanes.add(reached[t] == null
                    ? SeaLane.chord(leg.fromLon(), leg.fromLat(), leg.toLon(), leg.toLat())
                    : trace.lane(leg.fromLon(), leg.fromLat(), leg.toLon(), leg.toLat(),
                            cells(startCell, last[t], reached[t].cell())));
        }
        return lanes;
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
    private List<LaneTrace.Step> cells(Map<Integer, Integer> startCell, int end, int goal) {
        List<Integer> chain = new ArrayList<>();
        for (int p = end; p >= 0; p = parent[p]) {
            chain.add(p);
        }
        java.util.Collections.reverse(chain);
        List<LaneTrace.Step> out = new ArrayList<>();
        int at = startCell.get(chain.get(0));
        out.add(new LaneTrace.Step(at, 0));
        for (int k = 1; k < chain.size(); k++) {
            int from = chain.get(k - 1);
            int to = chain.get(k);
            int by = canal[to];
            if (by == 0) {
                at = trace.walk(at, pieces.pieceCell[to], from, to, out);
            } else {
                int[] ends = canalCells[Math.abs(by) - 1];
                at = trace.walk(at, by > 0 ? ends[0] : ends[1], from, from, out);
                at = by > 0 ? ends[1] : ends[0];
                out.add(new LaneTrace.Step(at, by));
            }
        }
        trace.walk(at, goal, end, end, out);
        return out;
    }

    /**
     * Where a search may end for one leg: reaching a piece through one of the target's access cells, at this cost
     * more; {@code next}: the next goal in the same piece, or -1.
     */
    private record Goal(int target, int cell, double cost, int next) {
    }
}
