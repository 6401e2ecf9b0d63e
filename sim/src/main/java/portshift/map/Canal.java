package portshift.map;

import java.util.List;

/**
 * A ship canal across land, which sea lanes may take: its course from one end to the other as points {lon, lat}.
 * A lane joins each end from the nearest sea cell; the stretch between the two ends is a canal, not a land crossing.
 *
 * @param name   what maps and the GeoJSON call it
 * @param points its course, at least two points, the first and last at the water on either side
 */
public record Canal(String name, List<double[]> points) {
    /**
     * The Panama Canal: from the Pacific entrance off Balboa by the Miraflores and Pedro Miguel locks, the Culebra
     * cut and Gatun Lake to the Gatun locks and Limon Bay at Colon, on the Caribbean (approximate positions along the
     * canal's course, to within a few kilometres: enough to draw it).
     */
    public static final Canal PANAMA = new Canal("Panama Canal", List.of(
            new double[] {-79.52, 8.88}, new double[] {-79.56, 8.95}, new double[] {-79.592, 8.997},
            new double[] {-79.613, 9.017}, new double[] {-79.65, 9.05}, new double[] {-79.694, 9.116},
            new double[] {-79.78, 9.16}, new double[] {-79.86, 9.22}, new double[] {-79.922, 9.272},
            new double[] {-79.92, 9.33}, new double[] {-79.92, 9.39}));

    public Canal {
        if (points.size() < 2) {
            throw new IllegalArgumentException("a canal needs two ends");
        }
        points = points.stream().map(double[]::clone).toList();
    }

    /** The course in kilometres. */
    public double km() {
        double km = 0;
        for (int k = 1; k < points.size(); k++) {
            km += SeaGrid.km(points.get(k - 1)[0], points.get(k - 1)[1], points.get(k)[0], points.get(k)[1]);
        }
        return km;
    }
}
