package portshift.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A table of bad declarations of uncertain quantities under calibrate.parameters (and the shape explore.uncertainties
 * shares), each with the one located line it must produce: file, line and column, the entry, what was expected.
 */
class BadSearchDeclarationTest {
    @TempDir
    static Path dir;

    /** A calibrate section of one parameter, written from its line 4 on (after extends, and two section lines). */
    private static String parameter(String name, String... lines) {
        StringBuilder yaml = new StringBuilder("calibrate:\n  parameters:\n    " + name + ":\n");
        for (String l : lines) {
            yaml.append("      ").append(l).append('\n');
        }
        return yaml.toString();
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("unknown path", parameter("p", "paths: [world.ports.ANTWERPP.latam_share]", "range: [0.1, 0.5]",
                        "source: assumption"), "variant.yaml:5:15: calibrate.parameters.p: paths[0]: "
                        + "world.ports.ANTWERPP.latam_share: expected the path of a number in the scenario, written as in "
                        + "a sweep (e.g. uncertainties.corruptible_share.all), found no such field"),
                Arguments.of("low not below high", parameter("p", "paths: [world.ports.ANTWERP.latam_share]",
                        "range: [0.5, 0.5]", "source: assumption"),
                        "variant.yaml:6:7: calibrate.parameters.p: range: expected low < high, found [0.5, 0.5]"),
                Arguments.of("factor over a non-number", parameter("p", "paths: [world.ports.ANTWERP.name]", "factor: true",
                        "range: [0.5, 2]", "source: assumption"), "variant.yaml:5:15: calibrate.parameters.p: paths[0]: "
                        + "world.ports.ANTWERP.name: expected the path of a number in the scenario, written as in a sweep "
                        + "(e.g. uncertainties.corruptible_share.all), found no number there"),
                Arguments.of("no range", parameter("p", "paths: [uncertainties.traffickers.weekly_memory]",
                        "source: assumption"), "variant.yaml:4:5: calibrate.parameters.p: range: missing; this field is required"),
                Arguments.of("no source", parameter("p", "paths: [uncertainties.traffickers.weekly_memory]",
                        "range: [0.9, 0.99]"), "variant.yaml:4:5: calibrate.parameters.p: source: missing; this field is required"),
                Arguments.of("a selector that selects nothing", parameter("p", "paths:",
                        "  - world.producers.PERU.links[port=TURBO].cost_usd_per_kg", "range: [100, 200]", "source: assumption"),
                        "variant.yaml:6:11: calibrate.parameters.p: paths[0]: world.producers.PERU.links[port=TURBO]"
                        + ".cost_usd_per_kg: expected the path of a number in the scenario, written as in a sweep "
                        + "(e.g. uncertainties.corruptible_share.all), found no such field (links has no element with port TURBO)"),
                Arguments.of("fractional ends of a count", parameter("p", "paths: [ports.ANTWERP.officers]",
                        "range: [100.5, 900]", "source: assumption"), "variant.yaml:6:7: calibrate.parameters.p: range: "
                        + "ports.ANTWERP.officers is a whole number; expected whole ends, found [100.5, 900]"),
                Arguments.of("unknown scale", parameter("p", "paths: [uncertainties.traffickers.prior_passes]",
                        "range: [2, 30]", "scale: cubic", "source: assumption"),
                        "variant.yaml:7:7: calibrate.parameters.p: scale: expected linear or log, found cubic"),
                Arguments.of("log scale from 0", parameter("p", "paths: [uncertainties.traffickers.rationality_per_kusd]",
                        "range: [0, 1]", "scale: log", "source: assumption"),
                        "variant.yaml:6:7: calibrate.parameters.p: range: a log scale needs both ends above 0, found [0, 1]"),
                Arguments.of("an end the field does not allow", parameter("p", "paths: [world.ports.VALENCIA.latam_share]",
                        "factor: true", "range: [0.2, 20]", "source: assumption"), "variant.yaml:7:7: calibrate.parameters.p: "
                        + "range: at 20: world.ports.VALENCIA.latam_share: expected a number in [0, 1], found 1.2"),
                Arguments.of("a path that is nothing", parameter("p", "paths: [ports.ANTWERP.officers, ~]",
                        "range: [100, 900]", "source: assumption"),
                        "variant.yaml:5:39: calibrate.parameters.p: paths[1]: expected a field path, found nothing"),
                Arguments.of("no paths", parameter("p", "paths: []", "range: [1, 2]", "source: assumption"),
                        "variant.yaml:5:7: calibrate.parameters.p: paths: expected at least one field path, found none"),
                Arguments.of("a factor that is not true or false", parameter("p", "paths: [ports.ANTWERP.officers]",
                        "factor: yes", "range: [1, 2]", "source: assumption"),
                        "variant.yaml:6:7: calibrate.parameters.p.factor: expected true or false, found 'yes'"),
                // the binder's path of an unknown field in a record with a list holds a stray [n] (as in world.routes)
                Arguments.of("misspelled field", parameter("p", "paths: [ports.ANTWERP.officers]", "rnage: [1, 2]",
                        "source: assumption"), "rnage: unknown field 'rnage' (did you mean range?)"),
                Arguments.of("an explore uncertainty that does not exist",
                        parameter("p", "uncertainty: uncertainties.supply_tonnes_per_year.PERUU"), "variant.yaml:5:7: "
                        + "calibrate.parameters.p: uncertainty: expected the key of an entry under explore.uncertainties, "
                        + "found uncertainties.supply_tonnes_per_year.PERUU (did you mean uncertainties.supply_tonnes_per_year.PERU?)"),
                Arguments.of("an explore uncertainty and a range of its own",
                        parameter("p", "uncertainty: uncertainties.supply_tonnes_per_year.PERU", "range: [100, 200]"),
                        "variant.yaml:5:7: calibrate.parameters.p: uncertainty: expected the explore uncertainty's key "
                        + "alone, which gives the paths, factor, range, scale and source; found range as well"),
                Arguments.of("a field set by two parameters", parameter("a", "paths: [world.ports.GOTHENBURG.latam_share]",
                        "range: [0.001, 0.01]", "source: assumption") + "    b:\n      paths: [world.ports.GOTHENBURG"
                        + ".latam_share, world.ports.HAMBURG.latam_share]\n      factor: true\n      range: [0.5, 2]\n"
                        + "      source: assumption\n", "variant.yaml:8:5: calibrate.parameters.b: world.ports.GOTHENBURG"
                        + ".latam_share is set by calibrate.parameters.a as well; expected each field in one entry only"),
                Arguments.of("the same element twice, by position and by port", parameter("p", "paths:",
                        "  - world.producers.PERU.links[3].cost_usd_per_kg",
                        "  - world.producers.PERU.links[port=SANTOS].cost_usd_per_kg", "range: [400, 2500]",
                        "source: assumption"), "variant.yaml:4:5: calibrate.parameters.p: "
                        + "world.producers.PERU.links[3].cost_usd_per_kg is given twice; expected each field in one entry only"),
                Arguments.of("an explore uncertainty naming another",
                        "explore:\n  uncertainties:\n    supply: {uncertainty: uncertainties.supply_tonnes_per_year.PERU}\n",
                        "variant.yaml:4:14: explore.uncertainties.supply: uncertainty: expected only under "
                        + "calibrate.parameters, where a parameter names the explore uncertainty it shares"),
                Arguments.of("an explore uncertainty with a bad second path", "explore:\n  uncertainties:\n    officers:\n"
                        + "      paths: [ports.ANTWERP.officers, ports.ROTTERDAM.oficers]\n      range: [100, 900]\n"
                        + "      source: assumption\n", "variant.yaml:5:39: explore.uncertainties.officers: paths[1]: "
                        + "ports.ROTTERDAM.oficers: expected the path of a number in the scenario"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void givesItsMessage(String title, String yaml, String message) {
        assertThat(problems(variant(title.replace(' ', '-'), yaml))).anySatisfy(p -> assertThat(p).contains(message));
    }

    /** A variant of the baseline in a folder of its own, so that the cases run in any order. */
    private static Path variant(String folder, String yaml) {
        try {
            return Variants.write(Files.createDirectories(dir.resolve(folder)), yaml);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every mistake of the file, on loading or on checking its declarations. */
    private static List<String> problems(Path file) {
        try {
            SearchSpace.of(LoadedScenario.load(file));
            return List.of();
        } catch (ScenarioException e) {
            return e.problems();
        }
    }

    @Test
    void everyMistakeOfBothSectionsIsReportedTogetherOnItsOwnLine() {
        Path file = variant("together", "explore:\n  uncertainties:\n"
                + "    uncertainties.traffickers.weekly_memory: {range: [0.99, 0.9], source: assumption}\n"
                + parameter("p", "paths: [world.ports.ANTWERPP.latam_share]", "range: [0.1, 0.5]", "source: assumption")
                + "    q: {uncertainty: uncertainties.traffickers.weekly_memory}\n");
        List<String> problems = problems(file);
        assertThat(problems).hasSize(2);
        assertThat(problems.get(0)).contains("variant.yaml:4:").contains("explore.uncertainties.uncertainties"
                + ".traffickers.weekly_memory: range: expected low < high");
        assertThat(problems.get(1)).contains("variant.yaml:8:").contains("calibrate.parameters.p: paths[0]:");
    }
}
