package portshift.gui;

import portshift.map.MapArea;

/**
 * A window onto the world: an equirectangular view between two longitudes and two latitudes, in map
 * units (pixels at scale 1). The Atlantic view shows the whole network; the Europe view, from the
 * North Sea to the Strait of Gibraltar and east to Piraeus, is drawn about three times larger, and
 * with north-south distances stretched by 1 / cos(47°) so that Europe keeps its shape.
 * <p>
 * A view keeps the area it must show (its core) and can be {@link #fitted} to a window of any shape:
 * the same map, widened or heightened around its core to the window's proportions, within the land
 * outlines' area, so that the map fills the window without grey margins.
 */
final class MapView {
    /** The area the land outlines cover: no view reaches beyond it. */
    static final MapArea LIMIT = MapArea.ATLANTIC;
    static final MapView ATLANTIC = new MapView("Atlantic", MapArea.ATLANTIC.west(), MapArea.ATLANTIC.east(),
            MapArea.ATLANTIC.north(), MapArea.ATLANTIC.south(), 1300, 900);
    /** Europe's core: every European port with room for its circle and name, Tanger Med's included. */
    private static final MapView EUROPE_CORE = new MapView("Europe", -10.5, 25.5, 58.7, 34.0, 936, 951);
    /** The Europe view as a screenshot draws it: the core, widened to the shape of a window on a 1920 x 1200 screen. */
    static final MapView EUROPE = EUROPE_CORE.fitted(1.3);

    final String name;
    final double west;
    final double east;
    final double north;
    final double south;
    final double width;
    final double height;
    /** The area this view must show when fitted to a window. */
    private final MapArea core;

    MapView(String name, double west, double east, double north, double south, double width, double height) {
        this(name, west, east, north, south, width, height, new MapArea(west, east, south, north));
    }

    private MapView(String name, double west, double east, double north, double south, double width, double height,
            MapArea core) {
        this.name = name;
        this.west = west;
        this.east = east;
        this.north = north;
        this.south = south;
        this.width = width;
        this.height = height;
        this.core = core;
    }

    double x(double longitude) {
        return (longitude - west) / (east - west) * width;
    }

    double y(double latitude) {
        return (north - latitude) / (north - south) * height;
    }

    /** Whether this is the overview of the whole network (the Atlantic), where ports crowd. */
    boolean isOverview() {
        return name.equals("Atlantic");
    }

    boolean contains(double longitude, double latitude) {
        return longitude >= west && longitude <= east && latitude >= south && latitude <= north;
    }

    /** Map units per degree of longitude and of latitude. */
    private double perLon() {
        return width / (east - west);
    }

    private double perLat() {
        return height / (north - south);
    }

    /** The core's size in map units. */
    double coreWidth() {
        return (core.east() - core.west()) * perLon();
    }

    double coreHeight() {
        return (core.north() - core.south()) * perLat();
    }

    /**
     * The same map with the proportions width / height = aspect: the core, widened (or heightened) evenly
     * on both sides, shifted to stay within {@link #LIMIT}; where even the limit is not wide (or high)
     * enough, the other direction is cut instead, evenly about the core's centre.
     */
    MapView fitted(double aspect) {
        double w = coreWidth();
        double h = coreHeight();
        if (w / h < aspect) {
            w = h * aspect;
        } else {
            h = w / aspect;
        }
        if (w > maxWidth()) {
            w = maxWidth();
            h = w / aspect;
        }
        if (h > maxHeight()) {
            h = maxHeight();
            w = h * aspect;
        }
        return sized(w, h);
    }

    /**
     * The view of this many map units, at this view's units per degree, centred on the core and shifted
     * to lie within the limit (the size must not exceed the limit's).
     */
    private MapView sized(double w, double h) {
        double[] lon = span((core.west() + core.east()) / 2, w / perLon(), LIMIT.west(), LIMIT.east());
        double[] lat = span((core.south() + core.north()) / 2, h / perLat(), LIMIT.south(), LIMIT.north());
        return new MapView(name, lon[0], lon[1], lat[1], lat[0], w, h, core);
    }

    private double maxWidth() {
        return (LIMIT.east() - LIMIT.west()) * perLon();
    }

    private double maxHeight() {
        return (LIMIT.north() - LIMIT.south()) * perLat();
    }

    /** An interval of the given length about a centre, shifted to lie within [min, max]. */
    private static double[] span(double centre, double length, double min, double max) {
        double lo = centre - length / 2;
        double hi = centre + length / 2;
        if (lo < min) {
            hi += min - lo;
            lo = min;
        }
        if (hi > max) {
            lo -= hi - max;
            hi = max;
        }
        return new double[] {Math.max(min, lo), Math.min(max, hi)};
    }

    /**
     * The view that fills a viewport of the given size in pixels, and its scale (pixels per map unit): the
     * largest scale, in hundredths so the display shows a short number, at which the core fits the
     * viewport; where the limit stops the view from growing to the viewport's size, the scale is raised
     * until it fills, and the core is cut evenly in the other direction.
     */
    Fit fit(int viewportWidth, int viewportHeight) {
        double w = Math.max(1, viewportWidth);
        double h = Math.max(1, viewportHeight);
        double scale = Math.floor(100 * Math.min(w / coreWidth(), h / coreHeight())) / 100;
        double least = Math.max(w / maxWidth(), h / maxHeight());
        if (scale < least) {
            scale = Math.ceil(100 * least) / 100;
        }
        scale = Math.max(0.05, scale);
        // half a pixel more, so that the display, which truncates its size to whole pixels, fills the viewport
        return new Fit(sized((w + 0.5) / scale, (h + 0.5) / scale), scale);
    }

    /** A view fitted to a viewport, and the scale to draw it at. */
    record Fit(MapView view, double scale) {
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "%s view %.1f..%.1f E, %.1f..%.1f N, %.0f x %.0f", name, west, east,
                south, north, width, height);
    }
}
