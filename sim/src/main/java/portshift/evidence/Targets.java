package portshift.evidence;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The 2023 reference figures the default world is checked and calibrated against (targets-2023.csv). */
public final class Targets {
    /** Ports or country groups with a seizure figure, in tonnes. */
    public final Map<String, Double> seizedTonnes = new LinkedHashMap<>();
    /** Which ports make up a country group. */
    public static final Map<String, List<String>> GROUPS = Map.of(
            "SPAIN", List.of("ALGECIRAS", "VALENCIA", "BARCELONA"),
            "FRANCE", List.of("LE_HAVRE", "DUNKIRK", "MARSEILLE"));
    public double screenedLow;
    public double screenedHigh;
    public double interceptionLow;
    public double interceptionHigh;

    public static Targets load() {
        Targets t = new Targets();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                Targets.class.getResourceAsStream("/portshift/evidence/targets-2023.csv"), StandardCharsets.UTF_8))) {
            String line;
            boolean header = true;
            while ((line = in.readLine()) != null) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                String[] c = line.split(",", -1);
                if (c[0].startsWith("seized_t:")) {
                    t.seizedTonnes.put(c[0].substring("seized_t:".length()), Double.parseDouble(c[1]));
                } else if (c[0].equals("screened_share_europe")) {
                    t.screenedLow = Double.parseDouble(c[2]);
                    t.screenedHigh = Double.parseDouble(c[3]);
                } else if (c[0].equals("interception_rate")) {
                    t.interceptionLow = Double.parseDouble(c[2]);
                    t.interceptionHigh = Double.parseDouble(c[3]);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return t;
    }

    /** Single ports with a figure (not groups). */
    public Map<String, Double> portFigures() {
        Map<String, Double> out = new LinkedHashMap<>(seizedTonnes);
        out.keySet().removeAll(GROUPS.keySet());
        return out;
    }
}
