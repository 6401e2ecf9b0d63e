package portshift.gui;

import java.awt.BorderLayout;
import java.awt.Dimension;
import java.awt.Frame;
import java.awt.GraphicsEnvironment;
import java.awt.Rectangle;
import java.util.ArrayList;
import java.util.List;

import javax.swing.BorderFactory;
import javax.swing.JFrame;
import javax.swing.JScrollPane;
import javax.swing.WindowConstants;

import sim.engine.Stoppable;
import sim.portrayal.SimpleInspector;
import sim.util.Propertied;

/**
 * The inspector of a port or an organisation clicked on a map: its rows in words with units
 * ({@link InspectorRows}), updated each day, titled with its name. Detached from the Console (its
 * Detach button), it opens in a window of its own that lies wholly on the screen and off the Console,
 * so that it never covers the Console's Play, Pause and Stop buttons: at the top right of the Atlantic
 * map, over the European end of the routes that the Europe map shows larger.
 */
final class MapInspector extends SimpleInspector {
    private static final long serialVersionUID = 1L;
    /** Marks the windows of detached inspectors, so that the next one opens beside them. */
    static final String WINDOW = "portshift.detachedInspector";
    /** Room left between a detached inspector and the screen's edges or the windows it keeps off, in pixels. */
    static final int MARGIN = 8;
    /** How far each further detached inspector opens from the last, in pixels. */
    static final int CASCADE = 30;
    /** The height of a map window's row of buttons, left visible above a detached inspector. */
    static final int HEADER = 40;

    private final transient PortshiftWithUI gui;

    MapInspector(Propertied shown, PortshiftWithUI gui, String name) {
        super(shown.properties(), gui, name);
        this.gui = gui;
        setTitle(name);
        setVolatile(true);
        hidePropertyMenus(this);
    }

    /**
     * Hides MASON's per-row buttons that offer to chart or stream a property: the rows are text for a
     * reader, and the buttons' magnifying glasses only clutter them. Figures that cannot be edited take no focus.
     */
    private static void hidePropertyMenus(java.awt.Container c) {
        for (java.awt.Component child : c.getComponents()) {
            if (child instanceof javax.swing.JToggleButton b) {
                b.setVisible(false);
            } else if (child instanceof javax.swing.JTextField f && !f.isEditable()) {
                // a figure to read: no caret blinking in it
                f.setFocusable(false);
            } else if (child instanceof java.awt.Container k) {
                hidePropertyMenus(k);
            }
        }
    }

    @Override
    public JFrame createFrame(Stoppable stopper) {
        JScrollPane scroller = new JScrollPane(this);
        scroller.setBorder(BorderFactory.createEmptyBorder(2, 2, 2, 2));
        Stoppable[] held = {stopper};
        JFrame frame = new JFrame() {
            private static final long serialVersionUID = 1L;

            // The Console moves a detached inspector to where it was inside the Console, whatever its size,
            // before showing it: this window is placed as it is made (below) and keeps its place until shown.
            @Override
            public void setLocation(int x, int y) {
                if (isShowing()) {
                    super.setLocation(x, y);
                }
            }

            @Override
            public void setLocation(java.awt.Point p) {
                if (isShowing()) {
                    super.setLocation(p);
                }
            }

            @Override
            public void dispose() {
                super.dispose();
                if (held[0] != null) {
                    held[0].stop();
                }
                held[0] = null;
            }
        };
        frame.getRootPane().putClientProperty(WINDOW, Boolean.TRUE);
        frame.setTitle(getTitle());
        frame.setDefaultCloseOperation(WindowConstants.DISPOSE_ON_CLOSE);
        frame.getContentPane().setLayout(new BorderLayout());
        frame.getContentPane().add(scroller, BorderLayout.CENTER);
        frame.setResizable(true);
        frame.pack();
        frame.setBounds(place(frame.getPreferredSize()));
        return frame;
    }

    /** Where a detached inspector of this size opens, given the windows on the screen now. */
    private Rectangle place(Dimension size) {
        Rectangle screen = GraphicsEnvironment.getLocalGraphicsEnvironment().getMaximumWindowBounds();
        Rectangle console = gui.controller instanceof java.awt.Component c && c.isShowing() ? c.getBounds() : null;
        Rectangle map = gui.displayFrame != null && gui.displayFrame.isShowing() ? gui.displayFrame.getBounds() : null;
        int open = 0;
        for (Frame f : Frame.getFrames()) {
            if (f.isVisible() && f instanceof JFrame j && j.getRootPane().getClientProperty(WINDOW) != null) {
                open++;
            }
        }
        return place(size, screen, console, map, open);
    }

    /**
     * Where a window of the preferred size opens: wholly on the screen, off the Console (null: none
     * shown), at the top right of the Atlantic map's window below its buttons (null: the screen's top
     * right), each further window (open: how many are open already) a little lower and to the left.
     * Too large a window is cut to the room there is (it scrolls). Where nothing fits off the Console,
     * it goes above the Console, or failing that beside it, and never over its bottom row of buttons.
     */
    static Rectangle place(Dimension size, Rectangle screen, Rectangle console, Rectangle map, int open) {
        int w = Math.min(size.width, screen.width - 2 * MARGIN);
        int h = Math.min(size.height, screen.height - 2 * MARGIN);
        int shift = CASCADE * (open % 6);
        List<Rectangle> tries = new ArrayList<>();
        if (map != null) {
            int top = map.y + HEADER;
            int room = (console != null && console.x < map.x + map.width && console.y > top ? console.y : screen.y + screen.height)
                    - top - MARGIN;
            tries.add(new Rectangle(map.x + map.width - w - MARGIN - shift, top + shift, w, Math.min(h, room - shift)));
        }
        tries.add(new Rectangle(screen.x + screen.width - w - MARGIN - shift, screen.y + MARGIN + shift, w, h));
        tries.add(new Rectangle(screen.x + MARGIN + shift, screen.y + MARGIN + shift, w, h));
        if (console != null) {
            int above = console.y - screen.y - 2 * MARGIN;
            tries.add(new Rectangle(Math.min(console.x, screen.x + screen.width - w - MARGIN), console.y - MARGIN - Math.min(h, above),
                    w, Math.min(h, above)));
        }
        for (Rectangle r : tries) {
            if (r.height >= 120 && screen.contains(r) && (console == null || !r.intersects(console))) {
                return r;
            }
        }
        // a small screen, or the Console moved over it all: on the screen, clear of the Console's bottom row of buttons
        Rectangle r = new Rectangle(screen.x + MARGIN, screen.y + MARGIN, w, h);
        if (console != null) {
            int buttons = console.y + console.height - 60;
            if (r.y + r.height > buttons && r.intersects(console)) {
                r.height = Math.max(120, buttons - r.y - MARGIN);
            }
        }
        return r;
    }
}
