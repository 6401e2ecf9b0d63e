package portshift.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** A table of bad scenario files, each with the message it must produce. */
class BadScenarioTest {
    @TempDir
    static Path dir;

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("unknown port", "ports:\n  ANTWERPP: {scanners: 3}\n",
                        "variant.yaml:3:3: ports.ANTWERPP: unknown port 'ANTWERPP' (did you mean ANTWERP?)"),
                Arguments.of("negative scanners", "ports:\n  ANTWERP: {scanners: -1}\n",
                        "variant.yaml:3:13: ports.ANTWERP.scanners: expected a whole number >= 0, found -1"),
                Arguments.of("misspelled key", "ports:\n  ROTTERDAM: {scaners: 2}\n",
                        "ports.ROTTERDAM.scaners: unknown field 'scaners' (did you mean scanners?)"),
                Arguments.of("wrong type", "days: many\n",
                        "variant.yaml:2:1: days: expected a whole number, found 'many'"),
                Arguments.of("out of range", "alliance:\n  harmonization: 1.5\n",
                        "alliance.harmonization: expected a number in [0, 1], found 1.5"),
                Arguments.of("export port in the alliance", "alliance:\n  members: [ANTWERP, CALLAO]\n",
                        "alliance.members[1]: expected an IMPORT port, found CALLAO (EXPORT)"),
                Arguments.of("unknown enum", "world:\n  ports:\n    ANTWERP: {role: IMPORTER}\n",
                        "world.ports.ANTWERP.role: expected one of EXPORT, IMPORT, HUB, found 'IMPORTER' (did you mean IMPORT?)"),
                Arguments.of("unknown producer", "uncertainties:\n  supply_tonnes_per_year: {COLUMBIA: 100}\n",
                        "uncertainties.supply_tonnes_per_year.COLUMBIA: unknown producer 'COLUMBIA' (did you mean COLOMBIA?)"),
                Arguments.of("bad country code", "screening:\n  risk_countries: [CO, Ecuador]\n",
                        "screening.risk_countries[1]: expected a two-letter ISO country code such as EC, found Ecuador"),
                Arguments.of("octal-looking number", "ports:\n  ANTWERP: {scanners: 010}\n",
                        "ports.ANTWERP.scanners: expected a whole number, found '010'"),
                Arguments.of("hexadecimal number", "ports:\n  ANTWERP: {officers: 0x10}\n",
                        "ports.ANTWERP.officers: expected a whole number, found '0x10'"),
                Arguments.of("number in quotes", "ports:\n  ANTWERP: {scanners: '900'}\n",
                        "ports.ANTWERP.scanners: expected a whole number, found '900'"),
                Arguments.of("decimal in quotes", "alliance:\n  harmonization: \"0.5\"\n",
                        "alliance.harmonization: expected a number, found '0.5'"),
                Arguments.of("list as a key", "ports:\n  ? [ANTWERP]\n  : {scanners: 1}\n",
                        "expected a key written as plain text, found a list or a mapping"),
                Arguments.of("warm-up too long", "warmup_days: 5000\n",
                        "warmup_days: expected fewer than days (2190), found 5000"),
                Arguments.of("intervention after the run", "interventions:\n  - at: 2031-01-01\n    ports: {ANTWERP: {scanners: 6}}\n",
                        "interventions[0].at: expected a day within the run (2022-01-01 to 2027-12-30, days 0 to 2189), found 2031-01-01"),
                Arguments.of("intervention at a huge day number", "interventions:\n  - at: 999999999999999999999\n    ports: {ANTWERP: {scanners: 6}}\n",
                        "interventions[0].at: expected a day within the run (days 0 to 2189), found 999999999999999999999"),
                Arguments.of("intervention with a bad date", "interventions:\n  - at: 2024-13-01\n    ports: {ANTWERP: {scanners: 6}}\n",
                        "interventions[0].at: expected a date (YYYY-MM-DD) or a day number, found '2024-13-01'"),
                Arguments.of("intervention that changes nothing", "interventions:\n  - at: 2024-01-01\n    name: nothing\n",
                        "interventions[0]: changes nothing"),
                Arguments.of("route through a non-hub", "world:\n  routes:\n    - {from: [CALLAO], via: ANTWERP, to: [HAMBURG], days: 20}\n",
                        "world.routes[0].via: expected a HUB port, found ANTWERP (IMPORT)"),
                Arguments.of("route listed twice", "world:\n  routes:\n    - {from: [CALLAO], to: [HAMBURG], days: 20}\n"
                                + "    - {from: [CALLAO], to: [HAMBURG], days: 21}\n",
                        "world.routes[1]: the route CALLAO to HAMBURG is listed twice"),
                Arguments.of("duplicate key", "name: a\nname: b\n", "variant.yaml:3:1: name: the key 'name' appears twice"),
                Arguments.of("alias", "base: &x [1, 2]\nother: *x\n", "YAML anchors and aliases (&name, *name) are not supported"),
                Arguments.of("type tag", "name: !!java.net.URL x\n", "explicit YAML tags"),
                Arguments.of("broken YAML", "ports: [ANTWERP\n", "variant.yaml:2:16: not valid YAML"),
                Arguments.of("absolute extends", null, "extends: expected a local path relative to this file, found '/etc/passwd'"),
                Arguments.of("missing parent", null, "extends: no such scenario file 'nowhere.yaml'"),
                Arguments.of("sweep of an unknown field", "sweep:\n  alliance.harmonisation: [0, 1]\n",
                        "alliance.harmonisation: unknown field 'harmonisation' (did you mean harmonization?)"),
                Arguments.of("sweep value out of range", "sweep:\n  ports.ANTWERP.scanners: [1, -6]\n",
                        "ports.ANTWERP.scanners: expected a whole number >= 0, found -6"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void givesItsMessage(String title, String yaml, String message) {
        Path file = switch (title) {
            case "absolute extends" -> Variants.writeBytes(dir, "extends: /etc/passwd\n".getBytes(StandardCharsets.UTF_8));
            case "missing parent" -> Variants.writeBytes(dir, "extends: nowhere.yaml\n".getBytes(StandardCharsets.UTF_8));
            default -> Variants.write(dir, yaml);
        };
        assertThat(Variants.problems(file)).anySatisfy(p -> assertThat(p).contains(message));
    }
}
