package portshift.map;

import java.util.ArrayList;
import java.util.List;

/**
 * A lane's path of cells made into a few straight lines over the sea of a {@link SeaGrid}: from each kept cell the
 * farthest later one in plain sight at a safe distance from land, then the corners pulled in as far as the coast
 * allows.
 */
final class Straightening {
    /**
     * A straightened line keeps this many cells from land (about 15 to 20 km), or as far as the path it replaces did
     * where that was nearer.
     */
    static final int STRAIGHT_CLEARANCE = 2;

    private final SeaGrid grid;

    Straightening(SeaGrid grid) {
        this.grid = grid;
    }

    /**
     * Adds a run of cells, straightened: the first (reached by the {@code entry} part), then from each kept cell the
     * farthest one whose line from it is {@link SeaGrid#clear} at the least clearance of the run between them (found
     * by doubling the step, then halving it).
     */
    void add(int[] run, SeaLane.Part entry, List<double[]> points, List<SeaLane.Part> parts) {
        int n = run.length;
        double[][] p = new double[n][];
        for (int k = 0; k < n; k++) {
            p[k] = centre(run[k]);
        }
        int[] least = new int[Math.max(0, n - 1)];
        for (int k = 0; k + 1 < n; k++) {
            least[k] = Math.max(0, grid.least(p[k][0], p[k][1], p[k + 1][0], p[k + 1][1]));
        }
        List<double[]> kept = new ArrayList<>();
        kept.add(p[0]);
        int a = 0;
        while (a < n - 1) {
            int ok = a + 1;
            int step = 1;
            while (step > 0) {
                int probe = Math.min(n - 1, ok + step);
                if (probe > ok && visible(p, least, a, probe)) {
                    ok = probe;
                    step *= 2;
                } else {
                    step /= 2;
                }
            }
            kept.add(p[ok]);
            a = ok;
        }
        tighten(kept);
        for (int k = 0; k < kept.size(); k++) {
            points.add(kept.get(k));
            parts.add(k == 0 ? entry : SeaLane.Part.SEA);
        }
    }

    /**
     * Pulls each inner point of a straightened run towards the line between its neighbours, as far as both its lines
     * stay {@link SeaGrid#clear} (at {@value #STRAIGHT_CLEARANCE} cells from land, or as near as they already were),
     * and drops it when it reaches that line: the run's corners move in from the middle of the pieces of sea the
     * search went through to where the coast allows. Twice over, by halving the move up to four times.
     */
    private void tighten(List<double[]> q) {
        for (int pass = 0; pass < 2; pass++) {
            for (int k = 1; k + 1 < q.size(); k++) {
                double[] a = q.get(k - 1);
                double[] b = q.get(k);
                double[] c = q.get(k + 1);
                int need = Math.min(STRAIGHT_CLEARANCE, Math.min(Math.max(0, grid.least(a[0], a[1], b[0], b[1])),
                        Math.max(0, grid.least(b[0], b[1], c[0], c[1]))));
                if (grid.clear(a[0], a[1], c[0], c[1], need)) {
                    q.remove(k--);
                    continue;
                }
                double dx = c[0] - a[0];
                double dy = c[1] - a[1];
                double t = Math.max(0, Math.min(1, ((b[0] - a[0]) * dx + (b[1] - a[1]) * dy) / (dx * dx + dy * dy)));
                double[] target = {a[0] + t * dx, a[1] + t * dy};
                double lo = 0;
                double hi = 1;
                for (int halving = 0; halving < 4; halving++) {
                    double mid = (lo + hi) / 2;
                    double[] m = {b[0] + mid * (target[0] - b[0]), b[1] + mid * (target[1] - b[1])};
                    if (grid.clear(a[0], a[1], m[0], m[1], need) && grid.clear(m[0], m[1], c[0], c[1], need)) {
                        lo = mid;
                    } else {
                        hi = mid;
                    }
                }
                if (lo > 0) {
                    q.set(k, new double[] {b[0] + lo * (target[0] - b[0]), b[1] + lo * (target[1] - b[1])});
                }
            }
        }
    }

    private boolean visible(double[][] p, int[] least, int a, int b) {
        int need = STRAIGHT_CLEARANCE;
        for (int k = a; k < b; k++) {
            need = Math.min(need, least[k]);
        }
        return grid.clear(p[a][0], p[a][1], p[b][0], p[b][1], need);
    }

    private double[] centre(int c) {
        return new double[] {grid.x(c % grid.nx), grid.y(c / grid.nx)};
    }
}
