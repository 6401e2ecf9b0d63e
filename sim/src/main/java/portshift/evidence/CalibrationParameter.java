package portshift.evidence;

import java.util.List;

/**
 * An uncertain figure of the default world that the calibration fits: one value set at one or more
 * field paths, or a factor that multiplies the values at several paths together.
 *
 * @param name   a short name
 * @param paths  field paths in the scenario, e.g. world.ports.ANTWERP.latam_share
 * @param factor whether the value multiplies the scenario's values at the paths (true) or replaces them
 * @param lower  lowest value searched
 * @param upper  highest value searched
 */
public record CalibrationParameter(String name, List<String> paths, boolean factor, double lower, double upper) {

    /**
     * The uncertain parameters fitted to the 2023 figures. Only Colombia's supply is fitted, within
     * 1,050-2,100 t a year: Peru's and Bolivia's stay at the figures the sources give, and more
     * Colombian supply would exceed what production estimates leave for Europe's container trade.
     */
    public static List<CalibrationParameter> defaults() {
        return List.of(
                new CalibrationParameter("colombia_supply_t", List.of("uncertainties.supply_tonnes_per_year.COLOMBIA"),
                        false, 1050, 2100),
                new CalibrationParameter("antwerp_latam_share", List.of("world.ports.ANTWERP.latam_share"), false, 0.08, 0.45),
                new CalibrationParameter("rotterdam_latam_share", List.of("world.ports.ROTTERDAM.latam_share"), false, 0.04, 0.2),
                new CalibrationParameter("hamburg_latam_share", List.of("world.ports.HAMBURG.latam_share"), false, 0.02, 0.15),
                new CalibrationParameter("spain_latam_factor", List.of("world.ports.ALGECIRAS.latam_share",
                        "world.ports.VALENCIA.latam_share", "world.ports.BARCELONA.latam_share"), true, 0.3, 2.0),
                new CalibrationParameter("france_latam_factor", List.of("world.ports.LE_HAVRE.latam_share",
                        "world.ports.DUNKIRK.latam_share", "world.ports.MARSEILLE.latam_share"), true, 0.3, 2.0),
                new CalibrationParameter("bremerhaven_latam_share", List.of("world.ports.BREMERHAVEN.latam_share"),
                        false, 0.005, 0.08),
                new CalibrationParameter("antwerp_corruptible_share", List.of("uncertainties.corruptible_share.ports.ANTWERP"),
                        false, 0.005, 0.06),
                new CalibrationParameter("antwerp_profiling_skill", List.of("ports.ANTWERP.profiling_skill"), false, 0.3, 1.0));
    }
}
