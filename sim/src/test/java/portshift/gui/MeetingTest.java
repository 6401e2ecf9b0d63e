package portshift.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import portshift.TestPaths;

/**
 * The live GUI as a policy meeting sees it, driven under Xvfb by {@link MeetingDriver} (real clicks
 * through the X server): one click on a port, or an organisation, opens its inspector; inspectors and the
 * Model tab read in words, with
 * rounded figures and units, and detached it lies on the screen and off the Console's Play button; the
 * charts start at zero tonnes before any cocaine arrives, are in dates and mark the scenario's
 * interventions in colours legible on white; the maps fill their windows without scroll bars.
 */
class MeetingTest {
    @TempDir
    Path tmp;

    @Test
    void aPolicyMeetingCanReadAndClickTheGui() throws Exception {
        Assumptions.assumeTrue(XvfbDisplay.available(), "Xvfb is not installed (CI installs it: see .ci/run)");
        // -Dportshift.screenshots=DIR also writes the docs' screenshots there, from a 1920 x 1200 screen
        String shots = System.getProperty("portshift.screenshots", "");
        String out;
        try (XvfbDisplay display = shots.isEmpty() ? XvfbDisplay.start() : XvfbDisplay.start(1920, 1200)) {
            // CPU time of the GUI's JVM (a hang guard); quiet: about 15 s, with the screenshots' 900 days about 140 s
            XvfbDisplay.Result run = display.runJava(tmp.resolve("meeting.log"), Duration.ofSeconds(shots.isEmpty() ? 300 : 900),
                    MeetingDriver.class.getName(), TestPaths.scenario("alliance.yaml").toString(), tmp.resolve("results").toString(),
                    shots);
            out = run.output();
            assertThat(run.status()).as(out).isZero();
        }
        System.out.println(out);
        assertThat(out).as(out).doesNotContain("Exception").doesNotContain("UNCAUGHT").contains("done");

        // the maps fill their windows: no scroll bars, no grey margin, a scale shown in hundredths
        assertThat(out).contains("Atlantic map: scroll bars false, grey margin 0 x 0 px")
                .contains("Europe map: scroll bars false, grey margin 0 x 0 px");
        assertThat(number(out, "Europe map: share of grey pixels ([0-9.]+)")).as("grey in the Europe window").isLessThan(0.001);
        assertThat(out).containsPattern("Europe map: .* scale 0\\.\\d{1,2}\\n").containsPattern("Atlantic map: .* scale 0\\.\\d{1,2}\\n");

        // the charts: dates, a marker at each dated intervention, legible colours, zero-based before arrivals
        for (String chart : new String[] {"Delivered and seized, last 30 days", "Share of flow by port, last 30 days"}) {
            assertThat(out).contains("chart " + chart + ": markers at the scenario's intervention dates true")
                    .contains("chart " + chart + ": x axis in dates true");
            assertThat(number(out, "chart " + Pattern.quote(chart) + ": least contrast of a series on white ([0-9.]+)"))
                    .as(chart + ": every line legible on white").isGreaterThanOrEqualTo(3.0);
            Matcher m = Pattern.compile("chart " + Pattern.quote(chart)
                    + " before any arrival \\(largest value ([-0-9.E]+)\\): y from ([-0-9.E]+) to ([-0-9.E]+)").matcher(out);
            assertThat(m.find()).as(chart + " before any arrival").isTrue();
            assertThat(Double.parseDouble(m.group(1))).as(chart + ": nothing arrived yet").isZero();
            assertThat(Double.parseDouble(m.group(2))).as(chart + ": y axis starts at zero").isZero();
            assertThat(Double.parseDouble(m.group(3))).as(chart + ": y axis spans at least one unit, not 5E-9")
                    .isGreaterThanOrEqualTo(1.0);
        }

        // one click on a port opens its inspector, in words with rounded figures and units
        assertThat(out).contains("single click on Antwerp opened an inspector: Antwerp-Bruges");
        assertThat(out).contains("single click on an organisation opened an inspector: ");
        for (String what : new String[] {"inspector", "organisation", "Model tab"}) {
            assertThat(out).contains(what + " labels like getters: []").contains(what + " labels giving a position: []")
                    .contains(what + " figures not rounded: []").contains(what + " figures without a unit: []");
        }
        assertThat(out).containsPattern("inspector labels: \\[.*Container scanners.*Seized, last 30 days.*\\]")
                .containsPattern("inspector values: \\[.*\\d+ scanners?.*\\d+ officers?.*%.*( t| kg).*\\]");

        // detached, it lies on the screen and off the Console and its Play button
        assertThat(out).containsPattern("detached inspector: .* on the screen true, over the Play button false, over the Console false");
    }

    private static double number(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        assertThat(m.find()).as(regex).isTrue();
        return Double.parseDouble(m.group(1));
    }
}
