package portshift.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import portshift.model.PortControls;

/** The other side of the strict rules: values at their edges, and words that are only words, load cleanly. */
class AcceptedInputTest {
    @TempDir
    static Path dir;

    private static final String NEW_PORT = "world:\n  ports:\n    %s: {name: %s, country: %s, region: EUROPE, role: IMPORT, "
            + "lat: 59.9, lon: 10.7, teu_millions: 0.2, latam_share: 0.1}\n"
            + "uncertainties:\n  corruptible_share:\n    ports: {%s: 0.02}\n  wholesale_price_usd_per_kg:\n    ports: {%1$s: 40000}\n";

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("Norway's code NO", NEW_PORT.formatted("OSLO", "Oslo", "NO", "OSLO")),
                Arguments.of("yes, on and off are names", NEW_PORT.formatted("ON", "yes", "NO", "ON")),
                Arguments.of("risk countries that YAML 1.1 calls booleans", "screening:\n  risk_countries: [CO, NO, ON, \"N\" ]\n"
                        .replace("\"N\" ", "EC")),
                Arguments.of("true and false", "ports:\n  ANTWERP: {origin_tracing: true}\nscreening:\n  risk_country_first: false\n"),
                Arguments.of("the last day of the range", "start: 2999-01-01\ndays: 365\nwarmup_days: 30\n"),
                Arguments.of("the first day of the range", "start: 1900-01-01\n"),
                Arguments.of("a description over lines", "description: |\n  One line.\n  \tAnother, indented by a tab.\n"),
                Arguments.of("names at their limit", "name: " + "n".repeat(200) + "\n"),
                Arguments.of("an id with digits and _", NEW_PORT.formatted("OSLO_2", "Oslo", "NO", "OSLO_2")),
                Arguments.of("accents and other scripts", "name: Göteborg – 港口 ✓\n"),
                Arguments.of("counts at their maximum", "ports:\n  ANTWERP: {scanners: 100000, officers: 100000}\n"),
                Arguments.of("a whole number written as such", "ports:\n  ANTWERP: {scanners: 6}\ndays: 730\nwarmup_days: 100\n"),
                Arguments.of("an intervention on a date and one on a day", "interventions:\n  - {at: 2024-01-01, ports: {ANTWERP: {scanners: 6}}}\n"
                        + "  - {at: 900, ports: {ANTWERP: {scanners: 7}}}\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void loads(String title, String yaml) {
        assertThat(Variants.problems(Variants.write(dir, yaml))).isEmpty();
    }

    @Test
    void norwayIsACountryNotABoolean() {
        LoadedScenario s = LoadedScenario.load(Variants.write(dir, NEW_PORT.formatted("OSLO", "Oslo", "NO", "OSLO")));
        assertThat(s.scenario().world().ports().get("OSLO").country()).isEqualTo("NO");
        assertThat(s.scenario().screening().riskCountries()).contains("CO");
    }

    @Test
    void wholeNumbersAndDatesKeepTheirValue() {
        LoadedScenario s = LoadedScenario.load(Variants.write(dir, "start: 2024-03-01\nports:\n  ANTWERP: {scanners: 6}\n"));
        PortControls antwerp = s.scenario().ports().get("ANTWERP");
        assertThat(antwerp.scanners()).isEqualTo(6);
        assertThat(s.scenario().start()).isEqualTo(LocalDate.of(2024, 3, 1));
    }

    @Test
    void aByteOrderMarkIsNoMistake() {
        byte[] text = "\uFEFFextends: baseline.yaml\nname: marked\n".getBytes(StandardCharsets.UTF_8);
        assertThat(Variants.problems(Variants.writeBytes(dir, text))).isEmpty();
    }
}
