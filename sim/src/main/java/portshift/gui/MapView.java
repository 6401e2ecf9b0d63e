package portshift.gui;

import portshift.map.MapArea;

/**
 * A window onto the world: an equirectangular view between two longitudes and two latitudes, in map
 * units (pixels at scale 1). The Atlantic view shows the whole network; the Europe view, from the
 * North Sea to the Strait of Gibraltar and east to Piraeus, is drawn about three times larger, and
 * with north-south distances stretched by 1 / cos(47°) so that Europe keeps its shape.
 */
final class MapView {
    static final MapView ATLANTIC = new MapView("Atlantic", MapArea.ATLANTIC.west(), MapArea.ATLANTIC.east(),
            MapArea.ATLANTIC.north(), MapArea.ATLANTIC.south(), 1300, 900);
    static final MapView EUROPE = new MapView("Europe", -10.5, 25.5, 58.7, 35.3, 936, 901);

    final String name;
    final double west;
    final double east;
    final double north;
    final double south;
    final double width;
    final double height;

    MapView(String name, double west, double east, double north, double south, double width, double height) {
        this.name = name;
        this.west = west;
        this.east = east;
        this.north = north;
        this.south = south;
        this.width = width;
        this.height = height;
    }

    double x(double longitude) {
        return (longitude - west) / (east - west) * width;
    }

    double y(double latitude) {
        return (north - latitude) / (north - south) * height;
    }

    boolean contains(double longitude, double latitude) {
        return longitude >= west && longitude <= east && latitude >= south && latitude <= north;
    }
}
