package portshift.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Rectangle;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The GUI's windows open side by side, inside the screen, without overlap, the maps scaled to fit. */
class WindowLayoutTest {
    @ParameterizedTest
    @CsvSource({"1920, 1200", "1920, 1080", "1366, 768", "2560, 1440"})
    void windowsTileTheScreenWithoutOverlap(int width, int height) {
        Rectangle screen = new Rectangle(0, 0, width, height);
        WindowLayout layout = WindowLayout.on(screen);
        Rectangle[] all = layout.all();
        long area = 0;
        for (int i = 0; i < all.length; i++) {
            assertThat(screen.contains(all[i])).as("window %d inside the screen", i).isTrue();
            area += (long) all[i].width * all[i].height;
            for (int j = i + 1; j < all.length; j++) {
                assertThat(all[i].intersects(all[j])).as("windows %d and %d overlap", i, j).isFalse();
            }
        }
        assertThat(area).as("the screen used").isGreaterThan((long) (0.95 * width * height));
        assertThat(layout.console().height).isGreaterThanOrEqualTo(WindowLayout.CONSOLE_MIN_HEIGHT);
    }

    @ParameterizedTest
    @CsvSource({"1920, 1200", "1366, 768"})
    void eachMapIsScaledToFitItsWindow(int width, int height) {
        WindowLayout layout = WindowLayout.on(new Rectangle(0, 0, width, height));
        for (var pair : new Object[][] {{MapView.ATLANTIC, layout.atlantic()}, {MapView.EUROPE, layout.europe()}}) {
            MapView view = (MapView) pair[0];
            Rectangle window = (Rectangle) pair[1];
            double scale = WindowLayout.fit(view, window);
            assertThat(view.width * scale).isLessThanOrEqualTo(window.width - WindowLayout.MAP_CHROME_WIDTH + 1e-9);
            assertThat(view.height * scale).isLessThanOrEqualTo(window.height - WindowLayout.MAP_CHROME_HEIGHT + 1e-9);
        }
        assertThat(WindowLayout.fit(MapView.EUROPE, layout.europe())).as("Europe on a 1920 x 1200 screen")
                .isGreaterThan(width == 1920 ? 0.8 : 0.4);
    }
}
