package portshift.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import portshift.TestPaths;
import portshift.scenario.Dimension;
import portshift.scenario.LoadedScenario;
import portshift.scenario.SearchSpace;
import portshift.scenario.UncertainRange;

/**
 * The parameters the default world is calibrated by, as scenarios/calibration.yaml declares them: the recorded list
 * of what is searched, no port's Latin American share among them, and every range the calibration shares with the
 * exploration written once.
 */
class CalibrationParametersTest {
    private static final LoadedScenario CALIBRATION = LoadedScenario.load(TestPaths.scenario("calibration.yaml"));

    /** What the search depends on: the name, the paths as declared, replace or multiply, the bounds. */
    private record Searched(String name, List<String> paths, boolean factor, double low, double high) {
        static Searched of(Dimension d) {
            return new Searched(d.name(), d.paths(), d.factor(), d.low(), d.high());
        }
    }

    private static Searched value(String name, double low, double high, String... paths) {
        return new Searched(name, List.of(paths), false, low, high);
    }

    private static Searched factor(String name, double low, double high, String... paths) {
        return new Searched(name, List.of(paths), true, low, high);
    }

    private static String link(String producer, String port) {
        return "world.producers." + producer + ".links[port=" + port + "].cost_usd_per_kg";
    }

    /**
     * The 21 parameters, in the order searched. The list was first recorded from the calibration as it was declared in
     * the code (27 parameters); the European ports' Latin American shares have since become trade figures and left
     * it, and the cost of landing without a foothold and the officers at Rotterdam and Hamburg joined it.
     */
    private static final List<Searched> RECORDED = List.of(
            value("colombia_supply_t", 1000, 2660, "uncertainties.supply_tonnes_per_year.COLOMBIA"),
            value("peru_supply_t", 100, 320, "uncertainties.supply_tonnes_per_year.PERU"),
            value("bolivia_supply_t", 50, 400, "uncertainties.supply_tonnes_per_year.BOLIVIA"),
            value("landing_usd_per_kg", 500, 12000, "uncertainties.footholds.landing_usd_per_kg"),
            value("antwerp_corruptible_share", 0.01, 0.08, "uncertainties.corruptible_share.ports.ANTWERP"),
            value("antwerp_profiling_skill", 0.3, 1.0, "ports.ANTWERP.profiling_skill"),
            value("rationality_per_kusd", 0.05, 5, "uncertainties.traffickers.rationality_per_kusd"),
            value("max_profiling_lift", 1, 100, "uncertainties.customs.max_profiling_lift"),
            value("max_front_company_lift", 1, 20, "uncertainties.customs.max_front_company_lift"),
            value("prior_passes", 2, 60, "uncertainties.traffickers.prior_passes"),
            value("antwerp_officers", 150, 1500, "ports.ANTWERP.officers"),
            value("rotterdam_officers", 60, 1200, "ports.ROTTERDAM.officers"),
            value("hamburg_officers", 30, 600, "ports.HAMBURG.officers"),
            value("import_officers", 15, 150, "port_defaults.IMPORT.officers"),
            value("import_inspections_per_officer", 0.1, 0.5, "port_defaults.IMPORT.inspections_per_officer_per_day"),
            value("colombia_buenaventura_usd_per_kg", 200, 2000, link("COLOMBIA", "BUENAVENTURA")),
            value("colombia_ecuador_usd_per_kg", 300, 2500, link("COLOMBIA", "GUAYAQUIL"),
                    link("COLOMBIA", "PUERTO_BOLIVAR")),
            value("colombia_caribbean_usd_per_kg", 300, 3000, link("COLOMBIA", "TURBO"), link("COLOMBIA", "CARTAGENA"),
                    link("COLOMBIA", "SANTA_MARTA")),
            value("colombia_brazil_usd_per_kg", 400, 3000, link("COLOMBIA", "SANTOS"), link("COLOMBIA", "PARANAGUA")),
            value("peru_santos_usd_per_kg", 400, 2500, link("PERU", "SANTOS")),
            factor("ecuador_officers_factor", 0.3, 8.0, "ports.GUAYAQUIL.officers", "ports.PUERTO_BOLIVAR.officers"));

    private static List<Dimension> declared() {
        return SearchSpace.calibrate(CALIBRATION);
    }

    @Test
    void theDefaultWorldIsSearchedInTheRecordedParametersPathsAndBoundsInTheirOrder() {
        assertThat(declared().stream().map(Searched::of).toList()).containsExactlyElementsOf(RECORDED);
        assertThat(declared()).allSatisfy(d -> assertThat(d.log()).as(d.name() + " searched evenly").isFalse());
    }

    @Test
    void aLinkIsTheElementOfItsPortInTheProducersList() {
        Calibration calibration = new Calibration(CALIBRATION, declared(), 1, 500, 1, 1);
        Map<String, List<String>> resolved = Map.of(
                "colombia_buenaventura_usd_per_kg", List.of("COLOMBIA.links[0]"),
                "colombia_ecuador_usd_per_kg", List.of("COLOMBIA.links[4]", "COLOMBIA.links[5]"),
                "colombia_caribbean_usd_per_kg", List.of("COLOMBIA.links[1]", "COLOMBIA.links[2]", "COLOMBIA.links[3]"),
                "colombia_brazil_usd_per_kg", List.of("COLOMBIA.links[6]", "COLOMBIA.links[7]"),
                "peru_santos_usd_per_kg", List.of("PERU.links[3]"));
        for (Dimension d : calibration.parameters()) {
            if (resolved.containsKey(d.name())) {
                assertThat(d.paths()).as(d.name()).containsExactlyElementsOf(resolved.get(d.name()).stream()
                        .map(l -> "world.producers." + l + ".cost_usd_per_kg").toList());
            }
        }
    }

    @Test
    void noPortsLatinAmericanShareIsFitted() {
        // the shares are trade figures (baseline.yaml, docs/model.md "Ports"): what draws traffic beyond them is fitted
        // through the footholds' cost, not port by port
        for (Dimension d : declared()) {
            assertThat(d.paths()).as(d.name()).noneMatch(p -> p.endsWith(".latam_share"));
        }
    }

    @Test
    void aRangeTheCalibrationSharesWithTheExplorationIsWrittenOnce() {
        Map<String, UncertainRange> written = CALIBRATION.scenario().calibrate().parameters();
        List<Dimension> explore = SearchSpace.explore(CALIBRATION);
        int shared = 0;
        for (Dimension p : declared()) {
            for (Dimension e : explore) {
                if (e.named(p.name()).equals(p)) {
                    assertThat(written.get(p.name()).uncertainty()).as(p.name() + " names the explore uncertainty")
                            .isEqualTo(e.name());
                    shared++;
                }
            }
        }
        assertThat(shared).as("Peru's and Bolivia's supply, Antwerp's corruptible share").isEqualTo(3);
        assertThat(Arrays.asList("peru_supply_t", "bolivia_supply_t", "antwerp_corruptible_share"))
                .allSatisfy(n -> assertThat(written.get(n).range()).as(n).isNull());
    }
}
