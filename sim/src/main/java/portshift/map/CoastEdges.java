package portshift.map;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * The edges of the land near a grid's area, each filed under every cell its bounding box touches (compressed rows:
 * where a cell's edges start, then their ids), so that a straight line can be tested exactly against the coastline
 * near it.
 */
final class CoastEdges {
    private final int[] edgeStart;
    private final int[] edgeIds;
    private final double[] ex1;
    private final double[] ey1;
    private final double[] ex2;
    private final double[] ey2;

    /** The edges of the polygons' rings within a cell of the grid of {@code nx} by {@code ny} cells from (west, south). */
    CoastEdges(List<LandPolygon> polygons, double west, double south, double cell, int nx, int ny) {
        int edges = 0;
        for (LandPolygon p : polygons) {
            for (double[][] ring : p.rings()) {
                edges += ring.length;
            }
        }
        double[] x1 = new double[edges];
        double[] y1 = new double[edges];
        double[] x2 = new double[edges];
        double[] y2 = new double[edges];
        int e = 0;
        for (LandPolygon p : polygons) {
            for (double[][] ring : p.rings()) {
                for (int k = 0; k < ring.length; k++) {
                    double[] a = ring[k];
                    double[] b = ring[(k + 1) % ring.length];
                    if (Math.max(a[0], b[0]) < west - cell || Math.min(a[0], b[0]) > west + nx * cell + cell
                            || Math.max(a[1], b[1]) < south - cell || Math.min(a[1], b[1]) > south + ny * cell + cell) {
                        continue;
                    }
                    x1[e] = a[0];
                    y1[e] = a[1];
                    x2[e] = b[0];
                    y2[e] = b[1];
                    e++;
                }
            }
        }
        ex1 = Arrays.copyOf(x1, e);
        ey1 = Arrays.copyOf(y1, e);
        ex2 = Arrays.copyOf(x2, e);
        ey2 = Arrays.copyOf(y2, e);

        int n = nx * ny;
        edgeStart = new int[n + 1];
        int[] ids = null;
        for (int pass = 0; pass < 2; pass++) {
            int[] next = pass == 1 ? Arrays.copyOf(edgeStart, n) : null;
            for (int k = 0; k < e; k++) {
                int i0 = Math.max(0, cellOf(Math.min(ex1[k], ex2[k]), west, cell));
                int i1 = Math.min(nx - 1, cellOf(Math.max(ex1[k], ex2[k]), west, cell));
                int j0 = Math.max(0, cellOf(Math.min(ey1[k], ey2[k]), south, cell));
                int j1 = Math.min(ny - 1, cellOf(Math.max(ey1[k], ey2[k]), south, cell));
                for (int j = j0; j <= j1; j++) {
                    for (int i = i0; i <= i1; i++) {
                        if (pass == 0) {
                            edgeStart[j * nx + i + 1]++;
                        } else {
                            ids[next[j * nx + i]++] = k;
                        }
                    }
                }
            }
            if (pass == 0) {
                for (int c = 0; c < n; c++) {
                    edgeStart[c + 1] += edgeStart[c];
                }
                ids = new int[edgeStart[n]];
            }
        }
        edgeIds = ids;
    }

    /** The column (or row) of a longitude (or latitude), as {@link SeaGrid#col} and {@link SeaGrid#row} count them. */
    private static int cellOf(double coordinate, double origin, double cell) {
        return (int) Math.floor((coordinate - origin) / cell);
    }

    /** Whether any edge is filed under cell c. */
    boolean any(int c) {
        return edgeStart[c + 1] > edgeStart[c];
    }

    /** Whether the segment touches an edge filed under cell c. */
    boolean crosses(int c, double ax, double ay, double bx, double by) {
        for (int p = edgeStart[c]; p < edgeStart[c + 1]; p++) {
            int k = edgeIds[p];
            if (intersect(ax, ay, bx, by, ex1[k], ey1[k], ex2[k], ey2[k])) {
                return true;
            }
        }
        return false;
    }

    /** Adds the ids of the edges filed under cell c. */
    void collect(int c, Set<Integer> into) {
        for (int p = edgeStart[c]; p < edgeStart[c + 1]; p++) {
            into.add(edgeIds[p]);
        }
    }

    /**
     * Where the segment from B to A crosses edge k, as a share of its length from B (clamped to [0, 1]); NaN if it
     * does not cross it, or runs along it.
     */
    double cut(int k, double bx, double by, double ax, double ay) {
        if (!intersect(bx, by, ax, ay, ex1[k], ey1[k], ex2[k], ey2[k])) {
            return Double.NaN;
        }
        double rx = ax - bx;
        double ry = ay - by;
        double sx = ex2[k] - ex1[k];
        double sy = ey2[k] - ey1[k];
        double d = rx * sy - ry * sx;
        return d == 0 ? Double.NaN : Math.max(0, Math.min(1, ((ex1[k] - bx) * sy - (ey1[k] - by) * sx) / d));
    }

    /** Whether segments AB and CD share a point (touching counts). */
    static boolean intersect(double ax, double ay, double bx, double by, double cx, double cy, double dx, double dy) {
        if (Math.max(ax, bx) < Math.min(cx, dx) || Math.max(cx, dx) < Math.min(ax, bx)
                || Math.max(ay, by) < Math.min(cy, dy) || Math.max(cy, dy) < Math.min(ay, by)) {
            return false;
        }
        double d1 = orient(cx, cy, dx, dy, ax, ay);
        double d2 = orient(cx, cy, dx, dy, bx, by);
        double d3 = orient(ax, ay, bx, by, cx, cy);
        double d4 = orient(ax, ay, bx, by, dx, dy);
        return Math.signum(d1) * Math.signum(d2) <= 0 && Math.signum(d3) * Math.signum(d4) <= 0;
    }

    private static double orient(double ax, double ay, double bx, double by, double px, double py) {
        return (bx - ax) * (py - ay) - (by - ay) * (px - ax);
    }
}
