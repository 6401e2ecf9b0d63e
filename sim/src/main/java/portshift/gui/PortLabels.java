package portshift.gui;

import java.util.Map;

import portshift.model.Port;

/**
 * Where each port's name goes, so that names in the crowded North Range, Mediterranean and Caribbean
 * stay readable: short names, and for crowded ports a label set apart with a leader line.
 */
final class PortLabels {
    private static final Map<String, String> SHORT = Map.of("ANTWERP", "Antwerp", "VLISSINGEN", "Vlissingen",
            "COLON", "Colon", "PUERTO_BOLIVAR", "Pto Bolivar", "TURBO", "Turbo", "MARSEILLE", "Marseille",
            "TANGER_MED", "Tanger Med");
    /** Label offsets from the port, in map units, for ports with close neighbours (drawn with a leader line). */
    private static final Map<String, double[]> APART = Map.ofEntries(
            Map.entry("FELIXSTOWE", new double[] {-95, -30}),
            Map.entry("ROTTERDAM", new double[] {-120, -48}),
            Map.entry("BREMERHAVEN", new double[] {5, -62}),
            Map.entry("ANTWERP", new double[] {55, 52}),
            Map.entry("VLISSINGEN", new double[] {-110, 18}),
            Map.entry("DUNKIRK", new double[] {-100, 40}),
            Map.entry("LE_HAVRE", new double[] {-95, 48}),
            Map.entry("GIOIA_TAURO", new double[] {-30, 34}),
            Map.entry("GENOA", new double[] {40, -22}),
            Map.entry("MARSEILLE", new double[] {-25, -40}),
            Map.entry("SINES", new double[] {-70, -10}),
            Map.entry("ALGECIRAS", new double[] {-85, 14}),
            Map.entry("TANGER_MED", new double[] {-10, 26}),
            Map.entry("TURBO", new double[] {12, 26}),
            Map.entry("COLON", new double[] {-30, -34}),
            Map.entry("SANTA_MARTA", new double[] {20, -26}),
            Map.entry("CARTAGENA", new double[] {40, 2}),
            Map.entry("BALBOA", new double[] {-75, 8}),
            Map.entry("PUERTO_BOLIVAR", new double[] {-95, 10}),
            Map.entry("GUAYAQUIL", new double[] {-90, -6}),
            Map.entry("PAITA", new double[] {-60, 12}),
            Map.entry("BUENAVENTURA", new double[] {-110, 0}),
            Map.entry("CALLAO", new double[] {-60, 4}),
            Map.entry("PARANAGUA", new double[] {-90, 10}));

    private PortLabels() {
    }

    static String label(Port p) {
        return SHORT.getOrDefault(p.id(), p.name());
    }

    /** Offset of the label from the port in map units, or null to set it just right of the circle. */
    static double[] apart(Port p) {
        return APART.get(p.id());
    }
}
