package portshift.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import portshift.TestPaths;
import portshift.model.PortRole;
import portshift.model.PortSpec;
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
            XvfbDisplay.Result run = display.runJava(tmp.resolve("gui.log"), 180, "portshift.cli.Main", "gui",
                    TestPaths.scenario("baseline.yaml").toString(), "--steps", "400", "--screenshot", shot.toString());
            assertThat(run.finished()).as("finished in time").isTrue();
            assertThat(run.status()).as(run.output()).isZero();
            assertThat(run.output()).doesNotContain("Exception");
        }
        BufferedImage map = ImageIO.read(shot.toFile());
        assertThat(map.getWidth()).isEqualTo((int) MapProjection.WIDTH);
        assertThat(map.getHeight()).isEqualTo((int) MapProjection.HEIGHT);
        assertThat(distinct(map, 5)).as("not blank").isGreaterThan(100);

        Set<Integer> portColours = new HashSet<>();
        List<PortSpec> ports = LoadedScenario.load(TestPaths.scenario("baseline.yaml")).config().world().ports();
        for (PortSpec p : ports) {
            if (p.role() == PortRole.IMPORT) {
                portColours.add(map.getRGB((int) MapProjection.x(p.facts().lon()), (int) MapProjection.y(p.facts().lat())));
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
