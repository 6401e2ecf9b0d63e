package portshift.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import portshift.TestPaths;

/** calibrate reads its parameters from the scenario; bad or missing declarations are refused before anything runs. */
class CalibrateCommandTest {
    @TempDir
    Path tmp;

    private final StringWriter err = new StringWriter();

    @BeforeEach
    void scenarios() throws IOException {
        Files.copy(TestPaths.scenario("baseline.yaml"), tmp.resolve("baseline.yaml"));
        Files.copy(TestPaths.scenario("calibration.yaml"), tmp.resolve("calibration.yaml"));
    }

    private int calibrate(String scenario, Path out) {
        return Main.execute(new String[] {"calibrate", "--scenario", tmp.resolve(scenario).toString(), "-r", "1",
                "--evaluations", "1", "--days", "400", "--out", out.toString()},
                new PrintWriter(new StringWriter(), true), new PrintWriter(err, true));
    }

    @Test
    void aScenarioThatDeclaresNoParametersIsRefused() {
        Path out = tmp.resolve("never");
        assertThat(calibrate("baseline.yaml", out)).isEqualTo(2);
        assertThat(err.toString()).contains("baseline.yaml: calibrate: expected at least one parameter under "
                + "calibrate.parameters").doesNotContain("Exception");
        assertThat(out).doesNotExist();
    }

    @Test
    void badDeclarationsAreRefusedOnTheirOwnLinesAndNothingIsWritten() throws IOException {
        Files.writeString(tmp.resolve("bad.yaml"), """
                extends: calibration.yaml
                name: bad
                calibrate:
                  parameters:
                    colombia_supply_t: {range: [2660, 1000]}
                    peru_supply_t: {uncertainty: uncertainties.supply_tonnes_per_year.PERUU}
                    antwerp_officers: {paths: [ports.ANTWERP.oficers]}
                """);
        Path out = tmp.resolve("never");
        assertThat(calibrate("bad.yaml", out)).isEqualTo(2);
        String text = err.toString();
        assertThat(text).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(text.lines()).hasSize(3)
                .allMatch(l -> l.matches("portshift: .*bad\\.yaml:\\d+:\\d+: calibrate\\.parameters\\..*"));
        assertThat(text).contains("bad.yaml:5:").contains("colombia_supply_t: range: expected low < high, found [2660, 1000]");
        assertThat(text).contains("bad.yaml:6:").contains("(did you mean uncertainties.supply_tonnes_per_year.PERU?)");
        assertThat(text).contains("bad.yaml:7:").contains("antwerp_officers: paths[0]: ports.ANTWERP.oficers: expected "
                + "the path of a number");
        assertThat(out).doesNotExist();
    }
}
