package portshift.gui;

import java.awt.Dimension;
import java.awt.Point;
import java.awt.Rectangle;
import java.awt.event.ComponentAdapter;
import java.awt.event.ComponentEvent;
import java.awt.event.MouseEvent;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.Map;

import javax.swing.JFrame;
import javax.swing.ScrollPaneConstants;
import javax.swing.SwingUtilities;

import portshift.model.Port;
import portshift.model.Trafficker;
import portshift.model.World;
import sim.display.Display2D;
import sim.display.GUIState;
import sim.field.continuous.Continuous2D;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.Inspector;
import sim.portrayal.LocationWrapper;
import sim.portrayal.continuous.ContinuousPortrayal2D;
import sim.util.Bag;
import sim.util.Double2D;

/**
 * One map of the GUI: a MASON display of a view with its layers in drawing order (land, routes, loads
 * at sea, ports and organisations, the date and the legend), and the markers that make ports and
 * organisations clickable. One click on a port or an organisation selects it and opens its inspector
 * in the Console (MASON's displays need a double click).
 * <p>
 * In its window, the map fills the display: no scroll bars, no grey margins. The view is fitted to the
 * window's shape ({@link MapView#fit}) whenever the window is laid out or resized, at a scale rounded
 * to hundredths.
 */
final class MapWindow {
    private final PortshiftWithUI gui;
    private final MapView base;
    private MapView outlined;
    /** Called after the view is fitted anew (the Atlantic map then outlines the Europe map's new view). */
    private Runnable onRefit = () -> { };
    private final boolean organisations;
    private final ContinuousPortrayal2D markers = new Markers();
    private MapView view;
    private MapLayers.Land land;
    private MapLayers.Routes routes;
    private MapLayers.Loads loads;
    private Legend legend;
    private PortPortrayal ports;
    private MapDisplay display;
    private World shownWorld;
    private List<Trafficker> shownOrganisations = List.of();

    /**
     * @param outlined      a view to outline on this one (null for none)
     * @param organisations whether this map shows the trafficking organisations (and its legend their diamonds)
     */
    MapWindow(PortshiftWithUI gui, MapView view, MapView outlined, boolean organisations) {
        this.gui = gui;
        this.base = view;
        this.outlined = outlined;
        this.organisations = organisations;
        layers(view);
    }

    /** The layers of a view: made anew when the view changes, since each draws in the view's map units. */
    private void layers(MapView v) {
        view = v;
        land = new MapLayers.Land(v, outlined);
        routes = new MapLayers.Routes(gui, v);
        loads = new MapLayers.Loads(gui, v);
        legend = new Legend(gui, organisations);
        ports = new PortPortrayal(gui, v, legend);
    }

    Display2D build() {
        display = new MapDisplay(view.width, view.height, gui);
        display.setBackdrop(MapLayers.SEA);
        display.setClipping(true);
        attach();
        return display;
    }

    private void attach() {
        display.attach(land, "Land");
        display.attach(routes, "Routes");
        display.attach(loads, "Loads at sea");
        display.attach(markers, "Ports and organisations");
        display.attach(legend, "Date and legend");
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

    /**
     * Puts the window where the layout says, with the map fitted to fill it: no scroll bars, and the view
     * fitted anew whenever the window changes size.
     */
    void place(JFrame frame, Rectangle bounds) {
        display.display.setHorizontalScrollBarPolicy(ScrollPaneConstants.HORIZONTAL_SCROLLBAR_NEVER);
        display.display.setVerticalScrollBarPolicy(ScrollPaneConstants.VERTICAL_SCROLLBAR_NEVER);
        display.display.getViewport().addComponentListener(new ComponentAdapter() {
            @Override
            public void componentResized(ComponentEvent e) {
                refit();
            }
        });
        frame.setBounds(bounds);
        frame.validate();
        refit();
    }

    /** What to do once the view is fitted anew. */
    void onRefit(Runnable r) {
        onRefit = r;
    }

    /** Outlines another view on this map (the Europe map's, as fitted to its window). */
    void outline(MapView other) {
        if (other == outlined || display == null) {
            return;
        }
        synchronized (gui.state.schedule) {
            outlined = other;
            display.detatchAll();
            layers(view);
            attach();
            if (shownWorld != null) {
                show(shownWorld, shownOrganisations);
            }
        }
        display.repaint();
    }

    /** Fits the view to the display's viewport as it is now: the map fills it at a rounded scale. */
    void refit() {
        Dimension room = display.display.getViewport().getSize();
        if (room.width < 20 || room.height < 20) {
            return;
        }
        MapView.Fit fit = base.fit(room.width, room.height);
        if (fit.scale() == display.getScale() && Math.abs(fit.view().width - view.width) < 1e-6
                && Math.abs(fit.view().height - view.height) < 1e-6) {
            return;
        }
        synchronized (gui.state.schedule) {
            display.clearSelections();
            display.detatchAll();
            layers(fit.view());
            display.insideDisplay.width = view.width;
            display.insideDisplay.height = view.height;
            attach();
            if (shownWorld != null) {
                show(shownWorld, shownOrganisations);
            }
        }
        display.setScale(fit.scale());
        display.insideDisplay.revalidate();
        display.repaint();
        onRefit.run();
    }

    /** Shows the world's ports in the view, and organisations (if any) around their producer's coca region. */
    void show(World world, List<Trafficker> organisations) {
        shownWorld = world;
        shownOrganisations = organisations;
        Continuous2D field = new Continuous2D(20, view.width, view.height);
        Map<String, Point2D.Double> places = PortPlaces.place(view, world.ports());
        ports.setPlaces(places);
        for (Port p : world.ports()) {
            Point2D.Double at = places.get(p.id());
            if (at != null) {
                field.setObjectLocation(Marker.of(p), new Double2D(at.x, at.y));
            }
        }
        for (Trafficker t : organisations) {
            field.setObjectLocation(Marker.of(t), OrganisationPlaces.of(t, organisations.size(), view));
        }
        markers.setField(field);
        markers.setPortrayalForAll(ports);
        for (var layer : List.of(land, routes, loads, legend)) {
            layer.setField(field);
        }
    }

    /** Where a port's circle is drawn in the display, in its pixels (null if this map does not show it). */
    Point2D.Double pixel(Port p) {
        Point2D.Double at = ports.places().get(p.id());
        return at == null ? null : pixel(at.x, at.y);
    }

    /** Where an organisation's diamond is drawn in the display, in its pixels (null if this map does not show it). */
    Point2D.Double pixel(Trafficker t) {
        Double2D at = markers.getField() == null ? null : ((Continuous2D) markers.getField()).getObjectLocation(Marker.of(t));
        return at == null ? null : pixel(at.x, at.y);
    }

    private Point2D.Double pixel(double x, double y) {
        DrawInfo2D info = display.getDrawInfo2D(markers, new Point(0, 0));
        double scale = info.draw.width / view.width;
        return new Point2D.Double(info.draw.x + x * scale, info.draw.y + y * scale);
    }

    void repaint() {
        if (display != null) {
            display.reset();
            display.repaint();
        }
    }

    /**
     * Opens the inspector of the port or organisation drawn nearest the point (in the display's pixels), if
     * one is drawn there, selecting it on the map; returns whether there was one.
     */
    boolean inspectAt(Point point) {
        Bag[] hits = display.objectsHitBy(new Rectangle2D.Double(point.x - 1, point.y - 1, 3, 3));
        DrawInfo2D info = display.getDrawInfo2D(markers, point);
        double scale = info.draw.width / view.width;
        Continuous2D field = (Continuous2D) markers.getField();
        LocationWrapper nearest = null;
        double best = Double.MAX_VALUE;
        for (Bag layer : hits) {
            for (Object o : layer) {
                LocationWrapper w = (LocationWrapper) o;
                if (w.getFieldPortrayal() != markers) {
                    continue;
                }
                Double2D at = field.getObjectLocation(w.getObject());
                double d = Point2D.distance(info.draw.x + at.x * scale, info.draw.y + at.y * scale, point.x, point.y);
                if (d < best) {
                    best = d;
                    nearest = w;
                }
            }
        }
        if (nearest == null) {
            return false;
        }
        Bag inspectors = new Bag();
        Bag names = new Bag();
        inspectors.add(ports.getInspector(nearest, gui));
        names.add(ports.getName(nearest));
        display.performSelection(nearest);
        gui.controller.setInspectors(inspectors, names);
        return true;
    }

    /** The display: one click on a port or organisation opens its inspector. */
    private final class MapDisplay extends Display2D {
        private static final long serialVersionUID = 1L;

        MapDisplay(double width, double height, GUIState gui) {
            super(width, height, gui);
        }

        @Override
        public boolean handleMouseEvent(MouseEvent e) {
            if (e.getID() == MouseEvent.MOUSE_CLICKED && SwingUtilities.isLeftMouseButton(e) && e.getClickCount() >= 1
                    && gui.controller != null && inspectAt(e.getPoint())) {
                return true;
            }
            return super.handleMouseEvent(e);
        }
    }

    /** The ports and organisations: their inspectors are their own, without MASON's position in pixels. */
    private final class Markers extends ContinuousPortrayal2D {
        private static final long serialVersionUID = 1L;

        @Override
        public Inspector getInspector(LocationWrapper wrapper, GUIState state) {
            return wrapper == null ? null : ports.getInspector(wrapper, state);
        }
    }
}
