package portshift.map;

import java.util.Arrays;
import java.util.List;

/**
 * The sea as a grid of square cells of longitude and latitude, for {@link SeaLanes}. A cell is land when its centre
 * lies inside a land polygon ({@link LandCells}), sea otherwise; the coastline near each cell is at hand
 * ({@link CoastEdges}), so that a straight line between two points can be tested exactly against it. A move between
 * two neighbouring sea cells (8 directions) is allowed only when the straight line between their centres crosses no
 * edge of the land: a path of allowed moves never crosses land.
 */
final class SeaGrid {
    /** Kilometres per degree of latitude (a sphere of radius 6,371 km). */
    static final double KM_PER_DEGREE = 6371.0 * Math.PI / 180;
    /** Clearance is counted in cells up to this many. */
    static final int CLEARANCE_CAP = 4;
    /** Cells on a side of a block: the grid is also read block by block. */
    static final int BLOCK = 8;
    /** The 8 moves, counterclockwise from east. */
    static final int[] DI = {1, 1, 0, -1, -1, -1, 0, 1};
    static final int[] DJ = {0, 1, 1, 1, 0, -1, -1, -1};

    final double west;
    final double south;
    final double cell;
    final int nx;
    final int ny;
    /** Whether a cell's centre is on land. */
    final boolean[] land;
    /**
     * Cells from the nearest cell that holds any land (its centre or a piece of a coastline), 0 for such a cell,
     * capped at {@link #CLEARANCE_CAP} (Chebyshev distance).
     */
    final byte[] clearance;
    /** Blocks across and up. */
    final int nbx;
    final int nby;
    /** Per block: the least clearance of its cells. */
    final byte[] blockLeast;
    /** Kilometres per degree of longitude along each row's centre. */
    final double[] kmPerDegreeLon;
    /** The coastline near each cell. */
    private final CoastEdges edges;
    /** Bit k: move k allowed; valid where {@link #known} says so. */
    private final byte[] moves;
    private final boolean[] known;

    SeaGrid(List<LandPolygon> polygons, MapArea area, double cell) {
        this.west = area.west();
        this.south = area.south();
        this.cell = cell;
        this.nx = (int) Math.ceil((area.east() - area.west()) / cell - 1e-9);
        this.ny = (int) Math.ceil((area.north() - area.south()) / cell - 1e-9);
        int n = nx * ny;
        moves = new byte[n];
        known = new boolean[n];
        kmPerDegreeLon = new double[ny];
        for (int j = 0; j < ny; j++) {
            kmPerDegreeLon[j] = KM_PER_DEGREE * Math.cos(Math.toRadians(y(j)));
        }
        land = LandCells.of(polygons, west, south, cell, nx, ny);
        edges = new CoastEdges(polygons, west, south, cell, nx, ny);
        clearance = LandCells.clearances(land, edges, nx, ny, CLEARANCE_CAP);
        nbx = (nx + BLOCK - 1) / BLOCK;
        nby = (ny + BLOCK - 1) / BLOCK;
        blockLeast = new byte[nbx * nby];
        Arrays.fill(blockLeast, (byte) CLEARANCE_CAP);
        for (int c = 0; c < n; c++) {
            int b = c / nx / BLOCK * nbx + c % nx / BLOCK;
            blockLeast[b] = (byte) Math.min(blockLeast[b], clearance[c]);
        }
    }

    int size() {
        return nx * ny;
    }

    /** Longitude of a column's centre. */
    double x(int i) {
        return west + (i + 0.5) * cell;
    }

    /** Latitude of a row's centre. */
    double y(int j) {
        return south + (j + 0.5) * cell;
    }

    int col(double lon) {
        return (int) Math.floor((lon - west) / cell);
    }

    int row(double lat) {
        return (int) Math.floor((lat - south) / cell);
    }

    boolean inside(int i, int j) {
        return i >= 0 && i < nx && j >= 0 && j < ny;
    }

    /** Whether move k from sea cell c (to a sea cell) crosses no coastline. */
    boolean canMove(int c, int k) {
        if (!known[c]) {
            byte mask = 0;
            int i = c % nx;
            int j = c / nx;
            boolean edgesHere = edges.any(c);
            for (int m = 0; m < 8 && !land[c]; m++) {
                int i2 = i + DI[m];
                int j2 = j + DJ[m];
                if (!inside(i2, j2) || land[j2 * nx + i2]) {
                    continue;
                }
                int d = j2 * nx + i2;
                if (!edgesHere && !edges.any(d)
                        || !edges.crosses(c, x(i), y(j), x(i2), y(j2)) && !edges.crosses(d, x(i), y(j), x(i2), y(j2))) {
                    mask |= (byte) (1 << m);
                }
            }
            moves[c] = mask;
            known[c] = true;
        }
        return (moves[c] & (1 << k)) != 0;
    }

    /**
     * Whether the straight line between two points (in the area) crosses no coastline and passes through no cell
     * nearer land than {@code minClearance}: every cell the line touches is tested, column by column, but in blocks
     * whose cells are all at least that far from land (and hold no coastline).
     */
    boolean clear(double ax, double ay, double bx, double by, int minClearance) {
        int skip = Math.max(1, minClearance);
        double xmin = Math.min(ax, bx);
        double xmax = Math.max(ax, bx);
        int bi0 = Math.max(0, col(xmin) / BLOCK);
        int bi1 = Math.min(nbx - 1, Math.max(0, col(xmax)) / BLOCK);
        for (int bi = bi0; bi <= bi1; bi++) {
            double xa = Math.max(xmin, west + bi * BLOCK * cell);
            double xb = Math.min(xmax, west + (bi + 1) * BLOCK * cell);
            double ya = ax == bx ? ay : yAt(ax, ay, bx, by, xa);
            double yb = ax == bx ? by : yAt(ax, ay, bx, by, xb);
            int bj0 = Math.max(0, row(Math.min(ya, yb)) / BLOCK);
            int bj1 = Math.min(nby - 1, Math.max(0, row(Math.max(ya, yb))) / BLOCK);
            for (int bj = bj0; bj <= bj1; bj++) {
                if (blockLeast[bj * nbx + bi] < skip && !clearInBlock(ax, ay, bx, by, minClearance, bi, bj)) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Kilometres between the centres of two cells. */
    double km(int a, int b) {
        return km(x(a % nx), y(a / nx), x(b % nx), y(b / nx));
    }

    /** The latitude of the line from A to B (not north-south) at a longitude. */
    private static double yAt(double ax, double ay, double bx, double by, double x) {
        return ay + (x - ax) * (by - ay) / (bx - ax);
    }

    /**
     * Where the straight line between two points runs at the west and east edges of column {@code i}, each edge held to
     * the line's own extent: {y at the west edge, y at the east edge}; a north-south line gives its two ends.
     */
    private double[] acrossColumn(double ax, double ay, double bx, double by, int i) {
        if (ax == bx) {
            return new double[] {ay, by};
        }
        double xmin = Math.min(ax, bx);
        double xmax = Math.max(ax, bx);
        return new double[] {yAt(ax, ay, bx, by, Math.max(xmin, west + i * cell)),
            yAt(ax, ay, bx, by, Math.min(xmax, west + (i + 1) * cell))};
    }

    /** {@link #clear} within one block. */
    private boolean clearInBlock(double ax, double ay, double bx, double by, int minClearance, int bi, int bj) {
        double xmin = Math.min(ax, bx);
        double xmax = Math.max(ax, bx);
        int i0 = Math.max(bi * BLOCK, col(xmin));
        int i1 = Math.min(Math.min(nx, (bi + 1) * BLOCK) - 1, col(xmax));
        for (int i = i0; i <= i1; i++) {
            double[] y = acrossColumn(ax, ay, bx, by, i);
            double ya = y[0];
            double yb = y[1];
            int j0 = Math.max(bj * BLOCK, row(Math.min(ya, yb)));
            int j1 = Math.min(Math.min(ny, (bj + 1) * BLOCK) - 1, row(Math.max(ya, yb)));
            for (int j = j0; j <= j1; j++) {
                int c = j * nx + i;
                if (clearance[c] < minClearance || edges.crosses(c, ax, ay, bx, by)) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * The least clearance of the cells the straight line between two points touches, or -1 if it crosses a
     * coastline.
     */
    int least(double ax, double ay, double bx, double by) {
        double xmin = Math.min(ax, bx);
        double xmax = Math.max(ax, bx);
        int i0 = Math.max(0, col(xmin));
        int i1 = Math.min(nx - 1, col(xmax));
        int least = CLEARANCE_CAP;
        for (int i = i0; i <= i1; i++) {
            double[] y = acrossColumn(ax, ay, bx, by, i);
            double ya = y[0];
            double yb = y[1];
            int j0 = Math.max(0, row(Math.min(ya, yb)));
            int j1 = Math.min(ny - 1, row(Math.max(ya, yb)));
            for (int j = j0; j <= j1; j++) {
                int c = j * nx + i;
                if (edges.crosses(c, ax, ay, bx, by)) {
                    return -1;
                }
                least = Math.min(least, clearance[c]);
            }
        }
        return least;
    }

    /**
     * Kilometres of the straight line from A (anywhere) to B (a point at sea) that lie on land: the line is cut where
     * it crosses an edge of the land, and the pieces are on land and at sea by turns, from the sea at B.
     */
    double landKm(double ax, double ay, double bx, double by) {
        java.util.Set<Integer> crossed = new java.util.TreeSet<>();
        double xmin = Math.min(ax, bx);
        double xmax = Math.max(ax, bx);
        for (int i = Math.max(0, col(xmin)); i <= Math.min(nx - 1, col(xmax)); i++) {
            double[] y = acrossColumn(ax, ay, bx, by, i);
            double ya = y[0];
            double yb = y[1];
            for (int j = Math.max(0, row(Math.min(ya, yb))); j <= Math.min(ny - 1, row(Math.max(ya, yb))); j++) {
                edges.collect(j * nx + i, crossed);
            }
        }
        double[] cuts = new double[crossed.size() + 1];
        int n = 0;
        for (int k : crossed) {
            double cut = edges.cut(k, bx, by, ax, ay);
            if (!Double.isNaN(cut)) {
                cuts[n++] = cut;
            }
        }
        cuts[n++] = 1;
        Arrays.sort(cuts, 0, n);
        double onLand = 0;
        double from = 0;
        boolean land = false;
        for (int k = 0; k < n; k++) {
            if (land) {
                onLand += cuts[k] - from;
            }
            from = cuts[k];
            land = !land;
        }
        return onLand * km(ax, ay, bx, by);
    }

    /** Kilometres between two points, on the plane of longitude and latitude scaled at their mean latitude. */
    static double km(double lon1, double lat1, double lon2, double lat2) {
        double dx = (lon2 - lon1) * Math.cos(Math.toRadians((lat1 + lat2) / 2));
        double dy = lat2 - lat1;
        return Math.sqrt(dx * dx + dy * dy) * KM_PER_DEGREE;
    }
}
