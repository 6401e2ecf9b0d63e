package portshift.evidence;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * An uncertain figure of the default world that the calibration fits: one value set at one or more field paths, or a
 * factor that multiplies the values at several paths together. Paths may select a list element by a field's value
 * ({@link ScenarioPaths}).
 *
 * @param name   a short name
 * @param paths  field paths in the scenario, e.g. world.ports.ANTWERP.latam_share
 * @param factor whether the value multiplies the scenario's values at the paths (true) or replaces them
 * @param lower  lowest value searched
 * @param upper  highest value searched
 */
public record CalibrationParameter(String name, List<String> paths, boolean factor, double lower, double upper) {
    public CalibrationParameter {
        paths = List.copyOf(paths);
        if (!(lower < upper)) {
            throw new IllegalArgumentException(name + ": expected lower < upper, found " + lower + " and " + upper);
        }
    }

    /**
     * The uncertain parameters fitted to what is known (targets.csv), with bounds wide enough that no fitted value
     * should need to sit on one; docs/validation.md explains each bound.
     */
    public static List<CalibrationParameter> defaults() {
        Targets targets = Targets.load();
        // Gothenburg's bound (1.2 t) is much tighter than the other unreported ports' 5 t: it gets its own share
        CalibrationParameter gothenburg = value("gothenburg_latam_share", latamShare("GOTHENBURG"), 0.00005, 0.03);
        return List.of(
                value("colombia_supply_t", "uncertainties.supply_tonnes_per_year.COLOMBIA", 1000, 2660),
                value("peru_supply_t", "uncertainties.supply_tonnes_per_year.PERU", 100, 320),
                value("bolivia_supply_t", "uncertainties.supply_tonnes_per_year.BOLIVIA", 50, 400),
                value("antwerp_latam_share", latamShare("ANTWERP"), 0.08, 0.7),
                value("rotterdam_latam_share", latamShare("ROTTERDAM"), 0.03, 0.35),
                value("hamburg_latam_share", latamShare("HAMBURG"), 0.02, 0.35),
                value("vlissingen_latam_share", latamShare("VLISSINGEN"), 0.01, 0.3),
                value("bremerhaven_latam_share", latamShare("BREMERHAVEN"), 0.0002, 0.08),
                factor("spain_latam_factor", Targets.GROUPS.get("SPAIN"), 0.2, 3.0),
                factor("france_latam_factor", Targets.GROUPS.get("FRANCE"), 0.2, 3.0),
                factor("unreported_latam_factor", withoutOwnShare(targets.unreportedPorts(), gothenburg), 0.1, 3.0),
                gothenburg,
                value("antwerp_corruptible_share", "uncertainties.corruptible_share.ports.ANTWERP", 0.01, 0.08),
                value("antwerp_profiling_skill", "ports.ANTWERP.profiling_skill", 0.3, 1.0),
                value("rationality_per_kusd", "uncertainties.traffickers.rationality_per_kusd", 0.05, 5),
                value("max_profiling_lift", "uncertainties.customs.max_profiling_lift", 5, 100),
                value("max_front_company_lift", "uncertainties.customs.max_front_company_lift", 1, 20),
                value("prior_passes", "uncertainties.traffickers.prior_passes", 2, 30),
                value("antwerp_officers", "ports.ANTWERP.officers", 150, 1500),
                value("import_officers", "port_defaults.IMPORT.officers", 15, 150),
                value("import_inspections_per_officer", "port_defaults.IMPORT.inspections_per_officer_per_day", 0.1, 0.5),
                value("colombia_buenaventura_usd_per_kg", link("COLOMBIA", "BUENAVENTURA"), 200, 2000),
                value("colombia_ecuador_usd_per_kg", List.of(link("COLOMBIA", "GUAYAQUIL"),
                        link("COLOMBIA", "PUERTO_BOLIVAR")), 300, 2500),
                value("colombia_caribbean_usd_per_kg", List.of(link("COLOMBIA", "TURBO"), link("COLOMBIA", "CARTAGENA"),
                        link("COLOMBIA", "SANTA_MARTA")), 300, 3000),
                value("colombia_brazil_usd_per_kg", List.of(link("COLOMBIA", "SANTOS"), link("COLOMBIA", "PARANAGUA")),
                        400, 3000),
                value("peru_santos_usd_per_kg", link("PERU", "SANTOS"), 400, 2500),
                new CalibrationParameter("ecuador_officers_factor", List.of("ports.GUAYAQUIL.officers",
                        "ports.PUERTO_BOLIVAR.officers"), true, 0.3, 8.0));
    }

    /** This parameter with its paths' list selectors turned into positions in the given scenario tree. */
    CalibrationParameter in(JsonNode tree) {
        return new CalibrationParameter(name, paths.stream().map(p -> ScenarioPaths.resolve(tree, p)).toList(), factor,
                lower, upper);
    }

    private static CalibrationParameter value(String name, String path, double lower, double upper) {
        return value(name, List.of(path), lower, upper);
    }

    /** One value set at several paths together. */
    private static CalibrationParameter value(String name, List<String> paths, double lower, double upper) {
        return new CalibrationParameter(name, paths, false, lower, upper);
    }

    private static CalibrationParameter factor(String name, List<String> ports, double lower, double upper) {
        List<String> paths = new ArrayList<>();
        ports.forEach(p -> paths.add(latamShare(p)));
        return new CalibrationParameter(name, paths, true, lower, upper);
    }

    /** The ports whose Latin American share is not already fitted by the given parameter. */
    private static List<String> withoutOwnShare(List<String> ports, CalibrationParameter own) {
        return ports.stream().filter(p -> !own.paths().contains(latamShare(p))).toList();
    }

    private static String latamShare(String port) {
        return "world.ports." + port + ".latam_share";
    }

    /** The cost of a producer's land link to an export port. */
    static String link(String producer, String port) {
        return "world.producers." + producer + ".links[port=" + port + "].cost_usd_per_kg";
    }
}
