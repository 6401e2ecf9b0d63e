package portshift.gui;

/**
 * Where a latitude and longitude fall on the map: an equirectangular view of the Atlantic, from the
 * Pacific coast of the Americas to the eastern Mediterranean, in map units (pixels at scale 1).
 */
final class MapProjection {
    static final double WIDTH = 1300;
    static final double HEIGHT = 900;
    static final double WEST = -100;
    static final double EAST = 42;
    static final double NORTH = 66;
    static final double SOUTH = -38;

    private MapProjection() {
    }

    static double x(double longitude) {
        return (longitude - WEST) / (EAST - WEST) * WIDTH;
    }

    static double y(double latitude) {
        return (NORTH - latitude) / (NORTH - SOUTH) * HEIGHT;
    }
}
