package portshift.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Rectangle;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import portshift.TestPaths;
import portshift.model.Port;
import portshift.model.Region;
import portshift.scenario.LoadedScenario;

/** The GUI's windows open side by side, inside the screen, without overlap, each map filling its window. */
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
    @CsvSource({"1920, 1200", "1920, 1080", "1366, 768", "2560, 1440", "1600, 1000"})
    void eachMapFillsItsWindowAndShowsEveryPort(int width, int height) {
        WindowLayout layout = WindowLayout.on(new Rectangle(0, 0, width, height));
        List<Port> ports = LoadedScenario.load(TestPaths.scenario("baseline.yaml")).config().world().build().ports();
        for (var pair : new Object[][] {{MapView.ATLANTIC, layout.atlantic()}, {MapView.EUROPE, layout.europe()}}) {
            MapView base = (MapView) pair[0];
            Rectangle window = (Rectangle) pair[1];
            int w = window.width - WindowLayout.MAP_CHROME_WIDTH;
            int h = window.height - WindowLayout.MAP_CHROME_HEIGHT;
            MapView.Fit fit = base.fit(w, h);
            String what = base.name + " on " + width + " x " + height;
            // the display truncates its size to whole pixels: exactly the viewport, no grey margin, no scroll bar
            assertThat((int) (fit.view().width * fit.scale())).as(what + ": width drawn").isEqualTo(w);
            assertThat((int) (fit.view().height * fit.scale())).as(what + ": height drawn").isEqualTo(h);
            assertThat(Math.round(fit.scale() * 100) / 100.0).as(what + ": scale in hundredths").isEqualTo(fit.scale());
            assertThat(fit.view().west).isGreaterThanOrEqualTo(MapView.LIMIT.west() - 1e-9);
            assertThat(fit.view().east).isLessThanOrEqualTo(MapView.LIMIT.east() + 1e-9);
            assertThat(fit.view().south).isGreaterThanOrEqualTo(MapView.LIMIT.south() - 1e-9);
            assertThat(fit.view().north).isLessThanOrEqualTo(MapView.LIMIT.north() + 1e-9);
            for (Port p : ports) {
                if (base == MapView.ATLANTIC || p.region() == Region.EUROPE || p.id().equals("TANGER_MED")) {
                    // the whole circle, not only its centre
                    double r = PortPlaces.radius(p, fit.view());
                    assertThat(fit.view().x(p.longitude())).as(what + ": " + p.id()).isBetween(r, fit.view().width - r);
                    assertThat(fit.view().y(p.latitude())).as(what + ": " + p.id()).isBetween(r, fit.view().height - r);
                }
            }
        }
        MapView.Fit europe = MapView.EUROPE.fit(layout.europe().width - WindowLayout.MAP_CHROME_WIDTH,
                layout.europe().height - WindowLayout.MAP_CHROME_HEIGHT);
        assertThat(europe.scale()).as("Europe on a 1920 x 1200 screen").isGreaterThan(width == 1920 && height == 1200 ? 0.75 : 0.4);
    }
}
