package portshift.gui;

import java.awt.Rectangle;

/**
 * Where the GUI's windows open, side by side on the screen without overlap: the Atlantic map at the
 * top left with the two live charts beneath it, the Europe map at the top right with the Console
 * beneath it. Sizes follow the screen; each map is fitted to fill its window (MapWindow#place).
 *
 * @param atlantic the Atlantic map's window
 * @param europe   the Europe map's window
 * @param flows    the chart of tonnes delivered and seized
 * @param shares   the chart of shares of flow
 * @param console  MASON's Console
 */
record WindowLayout(Rectangle atlantic, Rectangle europe, Rectangle flows, Rectangle shares, Rectangle console) {
    /** Room a map window needs beyond its map: the display's header of buttons and the frame's edges. */
    static final int MAP_CHROME_WIDTH = 20;
    static final int MAP_CHROME_HEIGHT = 70;
    /** The Console stays usable at this height or more. */
    static final int CONSOLE_MIN_HEIGHT = 300;

    /** The layout for a screen's usable area. */
    static WindowLayout on(Rectangle screen) {
        int x = screen.x;
        int y = screen.y;
        int left = screen.width / 2;
        int right = screen.width - left;
        int atlanticHeight = Math.min((int) Math.round((left - MAP_CHROME_WIDTH) * MapView.ATLANTIC.height
                / MapView.ATLANTIC.width) + MAP_CHROME_HEIGHT, screen.height * 2 / 3);
        int chartsHeight = screen.height - atlanticHeight;
        int consoleHeight = Math.max(CONSOLE_MIN_HEIGHT, screen.height / 3);
        int europeHeight = screen.height - consoleHeight;
        return new WindowLayout(
                new Rectangle(x, y, left, atlanticHeight),
                new Rectangle(x + left, y, right, europeHeight),
                new Rectangle(x, y + atlanticHeight, left / 2, chartsHeight),
                new Rectangle(x + left / 2, y + atlanticHeight, left - left / 2, chartsHeight),
                new Rectangle(x + left, y + europeHeight, right, consoleHeight));
    }

    /** All windows, in a fixed order. */
    Rectangle[] all() {
        return new Rectangle[] {atlantic, europe, flows, shares, console};
    }
}
