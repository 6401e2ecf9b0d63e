package portshift.map;

import java.util.Arrays;

/**
 * The sea of a {@link SeaGrid} cut into pieces for the lane search: in each block of {@value #BLOCK} by {@value #BLOCK}
 * cells, the sea cells joined by moves within the block; each piece's cell where paths between pieces pass, the pieces
 * next to each one (by a move across a block's edge, or a canal) with the cost of the step, and which pieces belong to
 * the largest body of sea.
 */
final class SeaPieces {
    /** Cells on a side of the blocks in which the sea is cut into pieces. */
    private static final int BLOCK = SeaGrid.BLOCK;
    /** The cost of a kilometre by the clearance of the cells moved between (0: a cell with land in it). */
    private static final double[] COAST_FACTOR = {1.15, 1.05, 1.0, 1.0, 1.0};
    /**
     * The moves out of a block from its east column (east, north-east, south-east) and from its north row (north-east,
     * north, north-west), both from its north-east corner: every move between two blocks is one of these, one way or
     * the other.
     */
    private static final int[] EAST_MOVES = {0, 1, 7};
    private static final int[] NORTH_MOVES = {1, 2, 3};
    private static final int[] CORNER_MOVES = {0, 1, 7, 2, 3};

    private final SeaGrid grid;
    /** Per canal: the sea cell at its first point and at its last; -1 where there is none. */
    private final int[][] canalCells;
    /** Each sea cell's piece (-1 for land): the cells of a block joined by moves within the block. */
    final int[] piece;
    /** Per piece: the cell nearest the mean position of its cells, where paths between pieces pass. */
    final int[] pieceCell;
    /** Per piece: its cells' number. */
    final int[] pieceSize;
    /** Pieces next to each piece (joined by a move or a canal), compressed: {@code next[nextStart[p]...]}. */
    final int[] nextStart;
    final int[] next;
    /** The cost of each step in {@link #next}. */
    double[] nextCost;
    /** Per piece: whether it is part of the largest connected body of sea. */
    final boolean[] sea;

    SeaPieces(SeaGrid grid, int[][] canalCells) {
        this.grid = grid;
        this.canalCells = canalCells;
        piece = new int[grid.size()];
        int[][] found = pieces();
        pieceCell = found[0];
        pieceSize = found[1];
        int pieces = pieceCell.length;
        nextStart = new int[pieces + 1];
        next = neighbours(pieces);
        sea = largestSea(pieces);
    }

    /**
     * Finds the pieces: in each block of {@value #BLOCK} by {@value #BLOCK} cells, the sea cells joined by moves
     * within the block (a block of open sea, with no land in any cell, is one piece).
     *
     * @return per piece, its cell nearest the mean position of its cells, and its number of cells
     */
    private int[][] pieces() {
        Arrays.fill(piece, -1);
        int[] cells = new int[1 << 12];
        int[] sizes = new int[1 << 12];
        int count = 0;
        int[] queue = new int[BLOCK * BLOCK];
        for (int bj = 0; bj < grid.nby; bj++) {
            for (int bi = 0; bi < grid.nbx; bi++) {
                int i0 = bi * BLOCK;
                int j0 = bj * BLOCK;
                int i1 = Math.min(grid.nx, i0 + BLOCK);
                int j1 = Math.min(grid.ny, j0 + BLOCK);
                if (count + BLOCK * BLOCK > cells.length) {
                    cells = Arrays.copyOf(cells, 2 * cells.length);
                    sizes = Arrays.copyOf(sizes, 2 * sizes.length);
                }
                if (grid.blockLeast[bj * grid.nbx + bi] > 0) {
                    for (int j = j0; j < j1; j++) {
                        Arrays.fill(piece, j * grid.nx + i0, j * grid.nx + i1, count);
                    }
                    cells[count] = (j0 + (j1 - j0 - 1) / 2) * grid.nx + i0 + (i1 - i0 - 1) / 2;
                    sizes[count++] = (i1 - i0) * (j1 - j0);
                    continue;
                }
                for (int j = j0; j < j1; j++) {
                    for (int i = i0; i < i1; i++) {
                        int c = j * grid.nx + i;
                        if (!grid.land[c] && piece[c] < 0) {
                            int size = fillPiece(c, bi, bj, count, queue);
                            cells[count] = nearestMean(queue, size);
                            sizes[count++] = size;
                        }
                    }
                }
            }
        }
        return new int[][] {Arrays.copyOf(cells, count), Arrays.copyOf(sizes, count)};
    }

    /**
     * Gives a piece number to a sea cell and to every cell of its block that moves within the block reach, leaving
     * them in {@code queue}.
     *
     * @return their number
     */
    private int fillPiece(int c, int bi, int bj, int number, int[] queue) {
        int head = 0;
        int tail = 0;
        queue[tail++] = c;
        piece[c] = number;
        while (head < tail) {
            int u = queue[head++];
            int i = u % grid.nx;
            int j = u / grid.nx;
            for (int k = 0; k < 8; k++) {
                int i2 = i + SeaGrid.DI[k];
                int j2 = j + SeaGrid.DJ[k];
                if (i2 / BLOCK == bi && j2 / BLOCK == bj && grid.canMove(u, k) && piece[j2 * grid.nx + i2] < 0) {
                    piece[j2 * grid.nx + i2] = number;
                    queue[tail++] = j2 * grid.nx + i2;
                }
            }
        }
        return tail;
    }

    /** Of the first {@code n} cells, the first one nearest their mean position. */
    private int nearestMean(int[] cells, int n) {
        double mx = 0;
        double my = 0;
        for (int k = 0; k < n; k++) {
            mx += cells[k] % grid.nx;
            my += cells[k] / grid.nx;
        }
        mx /= n;
        my /= n;
        int best = cells[0];
        double nearest = Double.POSITIVE_INFINITY;
        for (int k = 0; k < n; k++) {
            double dx = cells[k] % grid.nx - mx;
            double dy = cells[k] / grid.nx - my;
            if (dx * dx + dy * dy < nearest) {
                nearest = dx * dx + dy * dy;
                best = cells[k];
            }
        }
        return best;
    }

    /**
     * The pieces next to each other by a move across the edge of their blocks, in {@link #nextStart} form, and the
     * cost of each step ({@link #nextCost}): the kilometres between the pieces' cells, by the coast factor.
     */
    private int[] neighbours(int pieces) {
        long[] pairs = new long[1 << 14];
        int count = 0;
        int[] border = new int[2 * BLOCK];
        for (int b = 0; b < grid.nbx * grid.nby; b++) {
            int i0 = b % grid.nbx * BLOCK;
            int j0 = b / grid.nbx * BLOCK;
            int i1 = Math.min(grid.nx, i0 + BLOCK) - 1;
            int j1 = Math.min(grid.ny, j0 + BLOCK) - 1;
            int cellsOnBorder = 0;
            for (int j = j0; j <= j1; j++) {
                border[cellsOnBorder++] = j * grid.nx + i1;
            }
            for (int i = i0; i < i1; i++) {
                border[cellsOnBorder++] = j1 * grid.nx + i;
            }
            for (int e = 0; e < cellsOnBorder; e++) {
                int c = border[e];
                int i = c % grid.nx;
                int j = c / grid.nx;
                if (piece[c] < 0) {
                    continue;
                }

                for (int k : e < j1 - j0 ? EAST_MOVES : e == j1 - j0 ? CORNER_MOVES : NORTH_MOVES) {
                    int i2 = i + SeaGrid.DI[k];
                    int j2 = j + SeaGrid.DJ[k];
                    if ((i2 / BLOCK == i / BLOCK && j2 / BLOCK == j / BLOCK) || !grid.canMove(c, k)) {
                        continue;
                    }
                    int p = piece[c];
                    int q = piece[j2 * grid.nx + i2];
                    if (count + 2 > pairs.length) {
                        pairs = Arrays.copyOf(pairs, 2 * pairs.length);
                    }
                    long pq = (long) p << 32 | q;
                    if (count >= 2 && (pairs[count - 2] == pq || (count >= 4 && pairs[count - 4] == pq))) {
                        continue;
                    }
                    pairs[count++] = pq;
                    pairs[count++] = (long) q << 32 | p;
                }
            }
        }
        Arrays.sort(pairs, 0, count);
        int[] out = new int[count];
        int n = 0;
        for (int k = 0; k < count; k++) {
            if (k == 0 || pairs[k] != pairs[k - 1]) {
                nextStart[(int) (pairs[k] >>> 32) + 1]++;
                out[n++] = (int) pairs[k];
            }
        }
        for (int p = 0; p < pieces; p++) {
            nextStart[p + 1] += nextStart[p];
        }
        out = Arrays.copyOf(out, n);
        nextCost = new double[n];
        for (int p = 0; p < pieces; p++) {
            for (int k = nextStart[p]; k < nextStart[p + 1]; k++) {
                int cp = pieceCell[p];
                int cq = pieceCell[out[k]];
                nextCost[k] = grid.km(cp, cq) * (COAST_FACTOR[grid.clearance[cp]] + COAST_FACTOR[grid.clearance[cq]]) / 2;
            }
        }
        return out;
    }

    /** The pieces of the largest body of sea (by cells) that moves and canals join. */
    private boolean[] largestSea(int pieces) {
        int[] root = new int[pieces];
        for (int p = 0; p < pieces; p++) {
            root[p] = p;
        }
        for (int p = 0; p < pieces; p++) {
            for (int k = nextStart[p]; k < nextStart[p + 1]; k++) {
                union(root, p, next[k]);
            }
        }
        for (int[] ends : canalCells) {
            if (ends[0] >= 0 && ends[1] >= 0) {
                union(root, piece[ends[0]], piece[ends[1]]);
            }
        }
        long[] size = new long[pieces];
        int best = -1;
        for (int p = 0; p < pieces; p++) {
            int r = find(root, p);
            size[r] += pieceSize[p];
            if (best < 0 || size[r] > size[best]) {
                best = r;
            }
        }
        boolean[] out = new boolean[pieces];
        for (int p = 0; p < pieces; p++) {
            out[p] = find(root, p) == best;
        }
        return out;
    }

    private static int find(int[] root, int p) {
        while (root[p] != p) {
            root[p] = root[root[p]];
            p = root[p];
        }
        return p;
    }

    private static void union(int[] root, int a, int b) {
        int ra = find(root, a);
        int rb = find(root, b);
        if (ra != rb) {
            root[Math.max(ra, rb)] = Math.min(ra, rb);
        }
    }

    /** Whether a cell is sea of the largest body: a lane may pass it. */
    boolean atSea(int c) {
        return piece[c] >= 0 && sea[piece[c]];
    }
}
