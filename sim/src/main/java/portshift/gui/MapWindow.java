package portshift.gui;

import java.awt.Rectangle;
import java.util.List;
import java.util.Map;

import javax.swing.JFrame;

import portshift.model.Port;
import portshift.model.Trafficker;
import portshift.model.World;
import sim.display.Display2D;
import sim.field.continuous.Continuous2D;
import sim.portrayal.continuous.ContinuousPortrayal2D;
import sim.util.Double2D;

/**
 * One map of the GUI: a MASON display of a view with its layers in drawing order (land, routes, loads
 * at sea, ports and organisations, date and legend), and the markers that make ports clickable.
 */
final class MapWindow {
    /** Where each producer's organisations are drawn (lat, lon): the main coca regions (Colombia's: Guaviare). */
    private static final Map<String, double[]> PRODUCERS = Map.of("COLOMBIA", new double[] {1.2, -72.3},
            "PERU", new double[] {-12.3, -73.9}, "BOLIVIA", new double[] {-17.0, -65.0});
    /** The radius of the ring of organisations around their producer's coca region, in map units. */
    private static final double RING = 10;
    private final MapView view;
    private final ContinuousPortrayal2D markers = new ContinuousPortrayal2D();
    private final MapLayers.Land land;
    private final MapLayers.Routes routes;
    private final MapLayers.Loads loads;
    private final MapLayers.Overlay overlay;
    private final PortPortrayal ports;
    private final PortshiftWithUI gui;
    private Display2D display;

    /**
     * @param outlined a view to outline on this one (null for none)
     * @param legend   whether this map carries the legend
     */
    MapWindow(PortshiftWithUI gui, MapView view, MapView outlined, boolean legend) {
        this.gui = gui;
        this.view = view;
        land = new MapLayers.Land(view, outlined);
        routes = new MapLayers.Routes(gui, view);
        loads = new MapLayers.Loads(gui, view);
        overlay = new MapLayers.Overlay(gui, legend);
        ports = new PortPortrayal(gui, view);
    }

    Display2D build() {
        display = new Display2D(view.width, view.height, gui);
        display.setBackdrop(MapLayers.SEA);
        display.setClipping(true);
        display.attach(land, "Land");
        display.attach(routes, "Routes");
        display.attach(loads, "Loads at sea");
        display.attach(markers, "Ports and organisations");
        display.attach(overlay, view == MapView.ATLANTIC ? "Date and legend" : "Date");
        return display;
    }

    Display2D display() {
        return display;
    }

    MapView view() {
        return view;
    }

    PortPortrayal ports() {
        return ports;
    }

    JFrame frame(String title) {
        JFrame frame = display.createFrame();
        frame.setTitle(title);
        return frame;
    }

    /** Puts the window where the layout says, with the map scaled to fit it. */
    void place(JFrame frame, Rectangle bounds) {
        frame.setBounds(bounds);
        display.setScale(WindowLayout.fit(view, bounds));
    }

    /** Shows the world's ports in the view, and organisations (if any) around their producer's coca region. */
    void show(World world, List<Trafficker> organisations) {
        Continuous2D field = new Continuous2D(20, view.width, view.height);
        for (Port p : world.ports()) {
            if (view.contains(p.longitude(), p.latitude())) {
                field.setObjectLocation(Marker.of(p), new Double2D(view.x(p.longitude()), view.y(p.latitude())));
            }
        }
        for (Trafficker t : organisations) {
            double[] at = PRODUCERS.getOrDefault(t.producer().id(), new double[] {0, -70});
            double angle = 2 * Math.PI * t.id() / Math.max(1, organisations.size()) * 3.7;
            double ring = RING + 2 * (t.id() % 4);
            field.setObjectLocation(Marker.of(t), new Double2D(view.x(at[1]) + ring * Math.cos(angle),
                    view.y(at[0]) + ring * Math.sin(angle)));
        }
        markers.setField(field);
        markers.setPortrayalForAll(ports);
        for (var layer : List.of(land, routes, loads, overlay)) {
            layer.setField(field);
        }
    }

    /** The area the organisations of each producer cover on the map, which ports' names keep clear of: {lon, lat, radius in map units}. */
    static List<double[]> producerMarks() {
        List<double[]> out = new java.util.ArrayList<>();
        for (double[] at : PRODUCERS.values()) {
            out.add(new double[] {at[1], at[0], RING + 2 * 3 + 4});
        }
        return out;
    }

    void repaint() {
        if (display != null) {
            display.reset();
            display.repaint();
        }
    }
}
