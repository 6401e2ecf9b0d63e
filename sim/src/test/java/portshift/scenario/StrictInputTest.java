package portshift.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Borderline values that lenient YAML and Jackson would take for something else (a word for a
 * boolean, a fraction for a whole number, a date-time for a date, a huge number, a tag on a key, a
 * name that breaks a CSV row), each refused with exactly one located line.
 */
class StrictInputTest {
    @TempDir
    static Path dir;

    private static Arguments bad(String title, String yaml, String message) {
        return Arguments.of(title, yaml, message);
    }

    static Stream<Arguments> booleans() {
        return Stream.of(
                bad("yes", "ports:\n  ANTWERP: {origin_tracing: yes}\n", ":3:13: ports.ANTWERP.origin_tracing: expected true or false, found 'yes'"),
                bad("on", "ports:\n  ANTWERP: {origin_tracing: on}\n", "ports.ANTWERP.origin_tracing: expected true or false, found 'on'"),
                bad("Y", "ports:\n  ANTWERP: {origin_tracing: Y}\n", "expected true or false, found 'Y'"),
                bad("NO", "screening:\n  risk_country_first: NO\n", "screening.risk_country_first: expected true or false, found 'NO'"),
                bad("capitalised", "alliance:\n  shared_intelligence: TRUE\n", "alliance.shared_intelligence: expected true or false, found 'TRUE'"),
                bad("one", "ports:\n  ANTWERP: {origin_tracing: 1}\n", "ports.ANTWERP.origin_tracing: expected true or false, found 1"),
                bad("zero", "alliance:\n  shared_intelligence: 0\n", "alliance.shared_intelligence: expected true or false, found 0"),
                bad("quoted", "screening:\n  risk_country_first: \"true\"\n", "expected true or false, found 'true'"));
    }

    static Stream<Arguments> wholeNumbers() {
        return Stream.of(
                bad("scanners", "ports:\n  ANTWERP: {scanners: 1.5}\n", ":3:13: ports.ANTWERP.scanners: expected a whole number, found 1.5"),
                bad("days", "days: 400.7\n", ":2:1: days: expected a whole number, found 400.7"),
                bad("point zero", "ports:\n  ROTTERDAM: {officers: 2.0}\n", "ports.ROTTERDAM.officers: expected a whole number, found 2.0"),
                bad("in a map", "uncertainties:\n  traffickers:\n    organisations: {COLOMBIA: 18.5}\n",
                        "uncertainties.traffickers.organisations.COLOMBIA: expected a whole number, found 18.5"),
                bad("exponent", "warmup_days: 1.5e2\n", "warmup_days: expected a whole number, found 150.0"),
                bad("beyond an int", "ports:\n  ANTWERP: {scanners: 3000000000}\n", "ports.ANTWERP.scanners: expected a whole number, found 3000000000"),
                bad("text", "uncertainties:\n  customs:\n    intelligence_days: \"7.5\"\n",
                        "uncertainties.customs.intelligence_days: expected a whole number, found '7.5'"));
    }

    static Stream<Arguments> dates() {
        String range = "expected a date (YYYY-MM-DD) from 1900-01-01 to 2999-12-31, found ";
        String at = "interventions:\n  - at: %s\n    ports: {ANTWERP: {scanners: 6}}\n";
        return Stream.of(
                bad("date-time", "start: 2024-01-01T10:00\n", ":2:1: start: " + range + "'2024-01-01T10:00'"),
                bad("five-digit year", "start: 12024-01-01\n", "start: " + range + "'12024-01-01'"),
                bad("six-digit year", "start: \"+202401-01-01\"\n", "start: " + range + "'+202401-01-01'"),
                bad("before 1900", "start: 1899-12-31\n", "start: " + range + "'1899-12-31'"),
                bad("after 2999", "start: 3000-01-01\n", "start: " + range + "'3000-01-01'"),
                bad("no such day", "start: 2023-02-29\n", "start: " + range + "'2023-02-29'"),
                bad("short form", "start: 2024-1-1\n", "start: " + range + "'2024-1-1'"),
                bad("a number", "start: 20240101\n", "start: " + range + "20240101"),
                bad("run past 2999", "start: 2999-06-01\n", "days: expected a run that ends by 2999-12-31 (at most 214 days from 2999-06-01), found 2190"),
                bad("at, date-time", at.formatted("2024-01-01T10:00"),
                        ":3:5: interventions[0].at: expected a date (YYYY-MM-DD) or a day number, found '2024-01-01T10:00'"),
                bad("at, five-digit year", at.formatted("12024-01-01"), "interventions[0].at: expected a date (YYYY-MM-DD) or a day number, found '12024-01-01'"),
                bad("at, signed year", at.formatted("\"+2024-01-01\""), "interventions[0].at: expected a date (YYYY-MM-DD) or a day number, found '+2024-01-01'"),
                bad("at, year 9999", at.formatted("9999-12-31"), "interventions[0].at: expected a day within the run (2022-01-01 to 2027-12-30"),
                bad("at, negative day", at.formatted("-5"), "interventions[0].at: expected a date (YYYY-MM-DD) or a day number, found '-5'"));
    }

    static Stream<Arguments> markupOnKeys() {
        String refused = "YAML anchors and aliases (&name, *name) are not supported";
        return Stream.of(
                bad("anchor on a key", "&a name: x\n", ":2:1: name: " + refused),
                bad("tag on a key", "!!str name: x\n", ":2:1: name: explicit YAML tags (tag:yaml.org,2002:str) are not supported"),
                bad("tag on an explicit key", "? !!str name\n: x\n", "name: explicit YAML tags (tag:yaml.org,2002:str) are not supported"),
                bad("local tag on a nested key", "ports:\n  !port ANTWERP: {scanners: 2}\n", ":3:3: ports.ANTWERP: explicit YAML tags (!port) are not supported"),
                bad("anchor on a nested key", "ports:\n  &p ANTWERP: {scanners: 2}\n", "ports.ANTWERP: " + refused),
                bad("non-specific tag", "! name: x\n", "name: explicit YAML tags (!) are not supported"),
                bad("anchor on a scalar value", "name: &n x\n", "name: " + refused),
                bad("tag on a scalar value", "name: !!str x\n", "name: explicit YAML tags (tag:yaml.org,2002:str) are not supported"));
    }

    static Stream<Arguments> hugeNumbers() {
        return Stream.of(
                bad("throughput 1e308", "world:\n  ports:\n    ANTWERP: {teu_millions: 1e308}\n",
                        ":4:15: world.ports.ANTWERP.teu_millions: expected a number in [0, 1000], found 1.0E308"),
                bad("throughput overflow", "world:\n  ports:\n    ANTWERP: {teu_millions: 1e400}\n",
                        "teu_millions: expected a number in [0, 1000], found inf"),
                bad(".inf", "world:\n  ports:\n    ANTWERP: {teu_millions: .inf}\n",
                        "world.ports.ANTWERP.teu_millions: expected a number, found '.inf'"),
                bad("NaN as text", "alliance:\n  harmonization: \"NaN\"\n",
                        "alliance.harmonization: expected a number, found 'NaN'"),
                bad("-.nan", "uncertainties:\n  wholesale_price_usd_per_kg: {all: -.nan}\n",
                        "expected a number, found '-.nan'"),
                bad("organisations", "uncertainties:\n  traffickers:\n    organisations: {COLOMBIA: 2000000000}\n",
                        "uncertainties.traffickers.organisations.COLOMBIA: expected a whole number <= 100000, found 2000000000"),
                bad("scanners", "ports:\n  ANTWERP: {scanners: 100001}\n",
                        "ports.ANTWERP.scanners: expected a whole number <= 100000, found 100001"),
                bad("capital", "uncertainties:\n  traffickers:\n    start_capital_usd: 1e300\n",
                        "uncertainties.traffickers.start_capital_usd: expected a number in [0, 1000000000000], found 1.0E300"),
                bad("supply", "uncertainties:\n  supply_tonnes_per_year: {COLOMBIA: 1e9}\n",
                        "supply_tonnes_per_year.COLOMBIA: expected a number in [0, 100000]"),
                bad("days", "days: 40000\n",
                        "days: expected a whole number <= 36500, found 40000"),
                bad("load", "uncertainties:\n  traffickers:\n    max_load_kg: 1e6\n",
                        "max_load_kg: expected a number in [1, 30000], found 1000000"));
    }

    static Stream<Arguments> text() {
        String control = "expected text without control characters, found ";
        return Stream.of(
                bad("long name", "name: " + "x".repeat(1_900_000) + "\n",
                        ":2:1: name: expected text of at most 200 characters, found 1900000 characters ('" + "x".repeat(60) + "…')"),
                bad("newline in the name", "name: \"a\\nb\"\n", "name: " + control + "'a\\nb' (\\n at character 2)"),
                bad("carriage return", "name: \"run\\r\"\n", "name: " + control + "'run\\r' (\\r at character 4)"),
                bad("escape in a port name", "world:\n  ports:\n    ANTWERP: {name: \"\\e[31mAntwerp\"}\n",
                        "world.ports.ANTWERP.name: " + control + "'\\u001b[31mAntwerp' (\\u001b at character 1)"),
                bad("bidi override in a label", "interventions:\n  - at: 10\n    name: \"x\\u202Ey\"\n    ports: {ANTWERP: {scanners: 6}}\n",
                        "interventions[0].name: " + control + "'x\\u202ey'"),
                bad("bell in the description", "description: \"ding\\a\"\n",
                        "description: expected text without control characters (other than line breaks and tabs), found 'ding\\u0007'"),
                bad("long description", "description: " + "d".repeat(5001) + "\n", "description: expected text of at most 5000 characters, found 5001"),
                bad("lower-case port id", "world:\n  ports:\n    antwerp2: {country: BE, region: EUROPE, role: IMPORT, lat: 51, lon: 4, teu_millions: 1, latam_share: 0.1}\n",
                        ":4:5: world.ports.antwerp2: expected an id of capital letters, digits and _, starting with a letter"),
                bad("port id with a dash", "world:\n  ports:\n    NEW-PORT: {country: BE, region: EUROPE, role: IMPORT, lat: 51, lon: 4, teu_millions: 1, latam_share: 0.1}\n",
                        "world.ports.NEW-PORT: expected an id of capital letters"),
                bad("port id of 101 characters", "world:\n  ports:\n    P" + "0".repeat(100) + ": {country: BE, region: EUROPE, role: IMPORT, lat: 51, lon: 4, teu_millions: 1, latam_share: 0.1}\n",
                        "at most 100 characters (such as ANTWERP), found 'P" + "0".repeat(59) + "…'"),
                bad("producer id", "world:\n  producers:\n    colombia2: {links: [{port: CALLAO, cost_usd_per_kg: 1, days: 1}]}\n"
                                + "uncertainties:\n  supply_tonnes_per_year: {colombia2: 1}\n  producer_price_usd_per_kg: {colombia2: 1}\n"
                                + "  traffickers:\n    organisations: {colombia2: 1}\n",
                        "world.producers.colombia2: expected an id of capital letters"),
                bad("key too long", "k" + "e".repeat(200) + ": 1\n", ":2:1: expected a key of at most 200 characters, found 201 characters"),
                bad("newline in a key", "ports:\n  \"ANT\\nWERP\": {scanners: 1}\n", ":3:3: ports: expected a key without control characters, found 'ANT\\nWERP'"),
                bad("long member", "alliance:\n  members: [" + "A".repeat(150) + "]\n", "alliance.members[0]: expected text of at most 100 characters, found 150"),
                bad("tab in a country", "world:\n  ports:\n    ANTWERP: {country: \"B\\tE\"}\n", "world.ports.ANTWERP.country: " + control + "'B\\tE'"));
    }

    static Stream<Arguments> cases() {
        return Stream.of(group("booleans", booleans()), group("whole numbers", wholeNumbers()), group("dates", dates()),
                group("markup on keys", markupOnKeys()), group("huge numbers", hugeNumbers()), group("text", text()))
                .flatMap(s -> s);
    }

    private static Stream<Arguments> group(String name, Stream<Arguments> cases) {
        return cases.map(a -> Arguments.of(name + ": " + a.get()[0], a.get()[1], a.get()[2]));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void isRefusedWithOneLocatedLine(String title, String yaml, String message) {
        assertOneLocatedLine(yaml, message);
    }

    static void assertOneLocatedLine(String yaml, String message) {
        assertThat(Variants.problems(Variants.write(dir, yaml))).singleElement().satisfies(line -> {
            assertThat(line).matches("(?s)\\S*(variant|baseline)\\.yaml:\\d+:\\d+: .*").contains(message);
            assertThat(line.codePoints().noneMatch(Shown::unsafe)).as("no raw control characters in " + line).isTrue();
            assertThat(line.length()).isLessThan(600);
        });
    }
}
