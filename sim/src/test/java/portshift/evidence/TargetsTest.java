package portshift.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import portshift.TestPaths;
import portshift.analysis.Outcome;
import portshift.model.ModelConfig;
import portshift.model.PortRole;
import portshift.model.PortSpec;
import portshift.scenario.LoadedScenario;
import portshift.scenario.TargetKind;

/** The default world's targets (scenarios/calibration.yaml) against the default world: every European port is covered once, and every target names a real place. */
class TargetsTest {
    private static final Targets TARGETS = Targets.of(portshift.scenario.LoadedScenario.load(TestPaths.scenario("calibration.yaml")));
    private static final ModelConfig BASELINE = LoadedScenario.load(TestPaths.scenario("baseline.yaml")).config();

    private static Set<String> ports(PortRole role) {
        return BASELINE.world().ports().stream().filter(p -> p.role() == role).map(PortSpec::id).collect(Collectors.toSet());
    }

    @Test
    void everyEuropeanPortHasAFigureOrABoundOrIsInAReportedCountryGroup() {
        Set<String> covered = new HashSet<>();
        for (Target t : TARGETS.all()) {
            if (t.measure().equals("seized_t")) {
                List<String> places = Targets.GROUPS.getOrDefault(t.place(), List.of(t.place()));
                if (Targets.GROUPS.containsKey(t.place())) {
                    covered.addAll(places);
                } else {
                    assertThat(covered.add(t.place())).as(t.place() + " has one target of its own").isTrue();
                }
            }
        }
        assertThat(covered).containsExactlyInAnyOrderElementsOf(ports(PortRole.IMPORT));
        assertThat(TARGETS.unreportedPorts()).contains("GOTHENBURG", "GDANSK", "PIRAEUS", "GENOA", "SINES",
                "GIOIA_TAURO", "FELIXSTOWE").doesNotContain("VALENCIA", "LE_HAVRE");
        assertThat(TARGETS.get("seized_t:GOTHENBURG").high()).isEqualTo(1.2);
        assertThat(TARGETS.get("seized_t:GDANSK").high()).isEqualTo(5);
    }

    @Test
    void everyTargetNamesAPlaceOfTheDefaultWorldAndHasASource() {
        Set<String> importPorts = ports(PortRole.IMPORT);
        Set<String> exportPorts = ports(PortRole.EXPORT);
        Set<String> exportCountries = BASELINE.world().ports().stream().filter(p -> p.role() == PortRole.EXPORT)
                .map(p -> p.facts().country()).collect(Collectors.toSet());
        for (Target t : TARGETS.all()) {
            assertThat(t.source()).as(t.name()).isNotBlank();
            Set<String> places = switch (t.measure()) {
                case "seized_t" -> union(importPorts, Targets.GROUPS.keySet());
                case "exported_t" -> exportPorts;
                case "interception" -> union(importPorts, exportPorts);
                case "origin_share" -> exportCountries;
                default -> Set.of("");
            };
            assertThat(places).as(t.name()).contains(t.place());
        }
    }

    @Test
    void theEuropeWideTargetsThatAreOutcomesAreNamedByTheOutcomesColumns() {
        for (Outcome o : ModelFigures.EUROPE_WIDE) {
            assertThat(TARGETS.get(o.column()).place()).as(o.column()).isEmpty();
        }
        Set<String> europeWide = TARGETS.all().stream().filter(t -> t.place().isEmpty()).map(Target::name)
                .collect(Collectors.toSet());
        assertThat(europeWide).containsExactlyInAnyOrderElementsOf(
                ModelFigures.EUROPE_WIDE.stream().map(Outcome::column).toList());
    }

    @Test
    void theExportAndSplitTargetsHoldTheirSourcesFigures() {
        assertThat(TARGETS.get("exported_t:BUENAVENTURA").value()).isEqualTo(250);
        assertThat(TARGETS.get("exported_t:CALLAO").value()).isEqualTo(80);
        assertThat(TARGETS.get("exported_t:SANTOS").kind()).isEqualTo(TargetKind.RANK);
        assertThat(TARGETS.get("exported_t:SANTOS").value()).isEqualTo(1);
        assertThat(TARGETS.get("exported_t:GUAYAQUIL").value()).isEqualTo(3);
        assertThat(TARGETS.get("origin_share:EC").value()).isCloseTo(1 / 3.0, org.assertj.core.api.Assertions.within(0.001));
        assertThat(TARGETS.get("interception:CALLAO").high()).isEqualTo(0.2);
        assertThat(TARGETS.portFigures()).isEqualTo(Map.of("ANTWERP", 116.0, "ROTTERDAM", 45.5,
                "HAMBURG", 33.0, "ALGECIRAS", 14.0, "VLISSINGEN", 11.3, "BREMERHAVEN", 2.0));
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> out = new HashSet<>(a);
        out.addAll(b);
        return out;
    }
}
