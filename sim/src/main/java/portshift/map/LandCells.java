package portshift.map;

import java.util.Arrays;
import java.util.List;

/**
 * Which cells of a grid are land, and how far each is from land: a cell is land when its centre lies inside a land
 * polygon (even-odd rule over every ring, row by row along the centres' latitudes).
 */
final class LandCells {
    private LandCells() {
    }

    /** Per cell of the grid, row by row from the south-west, whether its centre is on land. */
    static boolean[] of(List<LandPolygon> polygons, double west, double south, double cell, int nx, int ny) {
        double[][] rowX = new double[ny][];
        int[] rowCount = new int[ny];
        for (LandPolygon p : polygons) {
            for (double[][] ring : p.rings()) {
                for (int k = 0; k < ring.length; k++) {
                    crossings(ring[k], ring[(k + 1) % ring.length], south, cell, ny, rowX, rowCount);
                }
            }
        }
        // the cells whose centres lie between the 1st and 2nd crossing of their row, the 3rd and 4th...
        boolean[] land = new boolean[nx * ny];
        for (int j = 0; j < ny; j++) {
            if (rowX[j] == null) {
                continue;
            }
            double[] xs = Arrays.copyOf(rowX[j], rowCount[j]);
            Arrays.sort(xs);
            for (int k = 0; k + 1 < xs.length; k += 2) {
                int i0 = Math.max(0, (int) Math.ceil((xs[k] - west) / cell - 0.5));
                int i1 = Math.min(nx - 1, (int) Math.ceil((xs[k + 1] - west) / cell - 0.5) - 1);
                for (int i = i0; i <= i1; i++) {
                    land[j * nx + i] = true;
                }
            }
        }
        return land;
    }

    /** Adds the longitudes where an edge crosses the centre line of each row (half-open in latitude). */
    private static void crossings(double[] a, double[] b, double south, double cell, int ny, double[][] rowX,
                                  int[] rowCount) {
        if (a[1] == b[1]) {
            return;
        }
        double lo = Math.min(a[1], b[1]);
        double hi = Math.max(a[1], b[1]);
        int j0 = Math.max(0, (int) Math.ceil((lo - south) / cell - 0.5));
        int j1 = Math.min(ny - 1, (int) Math.ceil((hi - south) / cell - 0.5) - 1);
        for (int j = j0; j <= j1; j++) {
            double yc = south + (j + 0.5) * cell;
            double x = a[0] + (yc - a[1]) * (b[0] - a[0]) / (b[1] - a[1]);
            if (rowX[j] == null) {
                rowX[j] = new double[16];
            } else if (rowCount[j] == rowX[j].length) {
                rowX[j] = Arrays.copyOf(rowX[j], 2 * rowCount[j]);
            }
            rowX[j][rowCount[j]++] = x;
        }
    }

    /**
     * Chebyshev distance in cells to the nearest cell with any land (its centre, or a piece of a coastline), capped:
     * a sweep forward (from the south-west) and one back, each cell taking one more than the least of the neighbours
     * already swept.
     */
    static byte[] clearances(boolean[] land, CoastEdges edges, int nx, int ny, int cap) {
        int n = nx * ny;
        byte[] clearance = new byte[n];
        for (int c = 0; c < n; c++) {
            clearance[c] = land[c] || edges.any(c) ? 0 : (byte) cap;
        }
        for (int j = 0; j < ny; j++) {
            for (int i = 0; i < nx; i++) {
                int c = j * nx + i;
                if (clearance[c] == 0) {
                    continue;
                }
                int least = clearance[c] - 1;
                if (i > 0) {
                    least = Math.min(least, clearance[c - 1]);
                }
                if (j > 0) {
                    least = Math.min(least, clearance[c - nx]);
                    if (i > 0) {
                        least = Math.min(least, clearance[c - nx - 1]);
                    }
                    if (i < nx - 1) {
                        least = Math.min(least, clearance[c - nx + 1]);
                    }
                }
                clearance[c] = (byte) (least + 1);
            }
        }
        for (int j = ny - 1; j >= 0; j--) {
            for (int i = nx - 1; i >= 0; i--) {
                int c = j * nx + i;
                if (clearance[c] == 0) {
                    continue;
                }
                int least = clearance[c] - 1;
                if (i < nx - 1) {
                    least = Math.min(least, clearance[c + 1]);
                }
                if (j < ny - 1) {
                    least = Math.min(least, clearance[c + nx]);
                    if (i > 0) {
                        least = Math.min(least, clearance[c + nx - 1]);
                    }
                    if (i < nx - 1) {
                        least = Math.min(least, clearance[c + nx + 1]);
                    }
                }
                clearance[c] = (byte) (least + 1);
            }
        }
        return clearance;
    }
}
