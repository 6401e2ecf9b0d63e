package portshift.map;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How a position is left and reached: the line from it to one of the sea cells within
 * {@value SeaLanes#ACCESS_SLACK_KM} km of the nearest one, at most {@value SeaLanes#MAX_ACCESS_KM} km away, each at a
 * cost of {@value SeaLanes#ACCESS_WEIGHT} a kilometre at sea and {@value SeaLanes#LAND_WEIGHT} more over land. Found
 * once per position, then kept.
 */
final class PortAccess {
    private final SeaGrid grid;
    private final SeaPieces pieces;
    /** The access of each position asked for (an empty access: none). */
    private final Map<List<Double>, Access> accesses = new HashMap<>();

    /** The sea cells a position is reached through, and the cost of each access. */
    record Access(int[] cells, double[] cost) {
    }

    PortAccess(SeaGrid grid, SeaPieces pieces) {
        this.grid = grid;
        this.pieces = pieces;
    }

    /** The sea cells a position is reached through, or null if it is outside the area or too far from the sea. */
    Access at(double lon, double lat) {
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
        double dLat = SeaLanes.MAX_ACCESS_KM / SeaGrid.KM_PER_DEGREE;
        double cos = Math.cos(Math.toRadians(Math.min(89, Math.abs(lat) + dLat)));
        double dLon = SeaLanes.MAX_ACCESS_KM / (SeaGrid.KM_PER_DEGREE * cos);
        List<Integer> cells = new ArrayList<>();
        List<Double> kms = new ArrayList<>();
        double nearest = Double.POSITIVE_INFINITY;
        for (int j = Math.max(0, grid.row(lat - dLat)); j <= Math.min(grid.ny - 1, grid.row(lat + dLat)); j++) {
            for (int i = Math.max(0, grid.col(lon - dLon)); i <= Math.min(grid.nx - 1, grid.col(lon + dLon)); i++) {
                int c = j * grid.nx + i;
                double km = SeaGrid.km(lon, lat, grid.x(i), grid.y(j));
                if (pieces.atSea(c) && km <= SeaLanes.MAX_ACCESS_KM) {
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
            if (kms.get(k) <= nearest + SeaLanes.ACCESS_SLACK_KM) {
                c[count] = cells.get(k);
                double x = grid.x(c[count] % grid.nx);
                double y = grid.y(c[count] / grid.nx);
                km[count++] = SeaLanes.ACCESS_WEIGHT * kms.get(k) + SeaLanes.LAND_WEIGHT * grid.landKm(lon, lat, x, y);
            }
        }
        return count == 0 ? null : new Access(Arrays.copyOf(c, count), Arrays.copyOf(km, count));
    }
}
