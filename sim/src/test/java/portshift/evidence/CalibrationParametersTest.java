package portshift.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The parameters the default world is calibrated by: the list below, written out, is the search the calibration makes,
 * so that moving the declarations elsewhere can be shown to keep it.
 */
class CalibrationParametersTest {
    /** What the search depends on: the name, the paths as declared, replace or multiply, the bounds. */
    private record Searched(String name, List<String> paths, boolean factor, double low, double high) {
        static Searched of(CalibrationParameter p) {
            return new Searched(p.name(), p.paths(), p.factor(), p.lower(), p.upper());
        }
    }

    private static Searched value(String name, double low, double high, String... paths) {
        return new Searched(name, List.of(paths), false, low, high);
    }

    private static Searched factor(String name, double low, double high, String... paths) {
        return new Searched(name, List.of(paths), true, low, high);
    }

    private static String share(String port) {
        return "world.ports." + port + ".latam_share";
    }

    private static String link(String producer, String port) {
        return "world.producers." + producer + ".links[port=" + port + "].cost_usd_per_kg";
    }

    /** The 27 parameters, in the order searched. */
    private static final List<Searched> RECORDED = List.of(
            value("colombia_supply_t", 1000, 2660, "uncertainties.supply_tonnes_per_year.COLOMBIA"),
            value("peru_supply_t", 100, 320, "uncertainties.supply_tonnes_per_year.PERU"),
            value("bolivia_supply_t", 50, 400, "uncertainties.supply_tonnes_per_year.BOLIVIA"),
            value("antwerp_latam_share", 0.08, 0.7, share("ANTWERP")),
            value("rotterdam_latam_share", 0.03, 0.35, share("ROTTERDAM")),
            value("hamburg_latam_share", 0.02, 0.35, share("HAMBURG")),
            value("vlissingen_latam_share", 0.01, 0.3, share("VLISSINGEN")),
            value("bremerhaven_latam_share", 0.0002, 0.08, share("BREMERHAVEN")),
            factor("spain_latam_factor", 0.2, 3.0, share("ALGECIRAS"), share("VALENCIA"), share("BARCELONA")),
            factor("france_latam_factor", 0.2, 3.0, share("LE_HAVRE"), share("DUNKIRK"), share("MARSEILLE")),
            factor("unreported_latam_factor", 0.1, 3.0, share("SINES"), share("GIOIA_TAURO"), share("GENOA"),
                    share("PIRAEUS"), share("GDANSK"), share("FELIXSTOWE")),
            value("gothenburg_latam_share", 0.00005, 0.03, share("GOTHENBURG")),
            value("antwerp_corruptible_share", 0.01, 0.08, "uncertainties.corruptible_share.ports.ANTWERP"),
            value("antwerp_profiling_skill", 0.3, 1.0, "ports.ANTWERP.profiling_skill"),
            value("rationality_per_kusd", 0.05, 5, "uncertainties.traffickers.rationality_per_kusd"),
            value("max_profiling_lift", 5, 100, "uncertainties.customs.max_profiling_lift"),
            value("max_front_company_lift", 1, 20, "uncertainties.customs.max_front_company_lift"),
            value("prior_passes", 2, 30, "uncertainties.traffickers.prior_passes"),
            value("antwerp_officers", 150, 1500, "ports.ANTWERP.officers"),
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

    @Test
    void theDefaultWorldIsSearchedInTheRecordedParametersPathsAndBoundsInTheirOrder() {
        assertThat(CalibrationParameter.defaults().stream().map(Searched::of).toList()).containsExactlyElementsOf(RECORDED);
    }
}
