package portshift.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import portshift.TestPaths;
import portshift.model.PortRole;
import portshift.model.Port;
import portshift.scenario.LoadedScenario;

/** `portshift gui --steps N --screenshot FILE` under Xvfb writes the map and the charts. */
class ScreenshotTest {
    @TempDir
    Path tmp;

    @Test
    void theScreenshotShowsTheMapWithPortsInSeveralColours() throws Exception {
        Assumptions.assumeTrue(XvfbDisplay.available(), "Xvfb is not installed (CI installs it: see .ci/run)");
        Path shot = tmp.resolve("map.png");
        try (XvfbDisplay display = XvfbDisplay.start()) {
            // CPU time of the GUI's JVM (a hang guard); quiet: 6.6 s
            XvfbDisplay.Result run = display.runJava(tmp.resolve("gui.log"), Duration.ofSeconds(180), "portshift.cli.Main",
                    "gui", TestPaths.scenario("baseline.yaml").toString(), "--steps", "400", "--screenshot", shot.toString());
            assertThat(run.status()).as(run.output()).isZero();
            assertThat(run.output()).doesNotContain("Exception");
        }
        BufferedImage map = ImageIO.read(shot.toFile());
        assertThat(map.getWidth()).isEqualTo((int) MapView.ATLANTIC.width);
        assertThat(map.getHeight()).isEqualTo((int) MapView.ATLANTIC.height);
        assertThat(distinct(map, 5)).as("not blank").isGreaterThan(100);

        Set<Integer> portColours = new HashSet<>();
        List<Port> ports = LoadedScenario.load(TestPaths.scenario("baseline.yaml")).config().world().build().ports();
        Map<String, Point2D.Double> atlantic = PortPlaces.place(MapView.ATLANTIC, ports);
        for (Port p : ports) {
            if (p.role() == PortRole.IMPORT) {
                Point2D.Double at = atlantic.get(p.id());
                portColours.add(map.getRGB((int) at.x, (int) at.y));
            }
        }
        Set<Integer> palette = new HashSet<>();
        for (double kg : PortPortrayal.SCALE_KG) {
            palette.add(PortPortrayal.colour(kg).getRGB());
        }
        portColours.retainAll(palette);
        assertThat(portColours).as("ports drawn in more than one colour of the seizure scale").hasSizeGreaterThan(1);

        BufferedImage charts = ImageIO.read(Screenshot.siblingWithSuffix(shot, "-charts").toFile());
        assertThat(distinct(charts, 4)).as("charts not blank").isGreaterThan(5);
        assertThat(new Color(map.getRGB(5, 880))).as("sea or land, not black").isNotEqualTo(Color.BLACK);

        BufferedImage europe = ImageIO.read(Screenshot.siblingWithSuffix(shot, "-europe").toFile());
        assertThat(europe.getWidth()).isEqualTo((int) MapView.EUROPE.width);
        assertThat(distinct(europe, 5)).as("Europe not blank").isGreaterThan(100);
        Map<String, Point2D.Double> inEurope = PortPlaces.place(MapView.EUROPE, ports);
        for (Port p : ports) {
            if (p.role() == PortRole.IMPORT) {
                Point2D.Double at = inEurope.get(p.id());
                int rgb = europe.getRGB((int) at.x, (int) at.y);
                assertThat(palette).as(p.id() + " drawn at its place on the Europe map").contains(rgb);
                assertThat(at.distance(PortPlaces.truePlace(p, MapView.EUROPE))).as(p.id() + " moved aside at most")
                        .isLessThan(15);
            }
        }
        // the names on both maps, as drawn (scale 1): none overlap, each beside its own port
        for (MapView view : List.of(MapView.ATLANTIC, MapView.EUROPE)) {
            LabelPlacementTest.Figures f = LabelPlacementTest.measure(view, 1.0);
            System.out.printf("%s map: %d names, smallest gap between names %.1f px, largest name-to-port distance "
                    + "%.1f px%n", view.name, f.names(), f.smallestGap(), f.largestReach());
            assertThat(f.smallestGap()).as(view.name + ": smallest gap between names").isGreaterThan(0);
            assertThat(f.largestReach()).as(view.name + ": largest name-to-port distance")
                    .isLessThanOrEqualTo(LabelPlacementTest.REACH);
        }
    }

    private static int distinct(BufferedImage image, int step) {
        Set<Integer> colours = new HashSet<>();
        for (int x = 0; x < image.getWidth(); x += step) {
            for (int y = 0; y < image.getHeight(); y += step) {
                colours.add(image.getRGB(x, y));
            }
        }
        return colours.size();
    }
}
