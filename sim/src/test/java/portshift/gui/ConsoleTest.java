package portshift.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import portshift.TestPaths;

/**
 * The Console opens its five windows side by side on the screen, with the About tab filled and the
 * ports on the map before Play; pausing, stepping on, stopping and restarting it, and changing levers
 * mid-run, raise nothing.
 */
class ConsoleTest {
    @TempDir
    Path tmp;

    @Test
    void theConsoleSurvivesWhatAUserDoes() throws Exception {
        Assumptions.assumeTrue(XvfbDisplay.available(), "Xvfb is not installed (CI installs it: see .ci/run)");
        String output;
        try (XvfbDisplay display = XvfbDisplay.start()) {
            // CPU time of the Console's JVM (a hang guard); quiet: 11 s
            XvfbDisplay.Result run = display.runJava(tmp.resolve("console.log"), Duration.ofSeconds(180),
                    ConsoleDriver.class.getName(), TestPaths.scenario("baseline.yaml").toString(), tmp.resolve("results").toString());
            output = run.output();
            assertThat(run.status()).as(output).isZero();
        }
        assertThat(output).contains("windows: 5, overlapping pairs 0, on the screen true")
                .contains("about: true, links the model: true").contains("before play, Antwerp drawn: true")
                .contains("before start: press play to start").contains("paused: steps did not move true")
                .contains("applied: 5 interventions").contains("Model tab: scanners at ROTTERDAM set to 7")
                .contains("Rotterdam scanners 7, alliance 16 members, h 0.5").contains("restarted: day")
                .contains("applied 0").contains("manifest after the first stop logs the lever change: true").contains("done")
                .doesNotContain("Exception").doesNotContain("UNCAUGHT");
        // each stop wrote its run's results; the driver's output shows the second run had no lever changes
        assertThat(tmp.resolve("results/ports.csv")).isNotEmptyFile();
        assertThat(Files.readString(tmp.resolve("results/manifest.json"))).contains("\"command\" : \"gui\"")
                .contains("interventions_applied");
    }
}
