package portshift.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A field path as a reader says it, for figures and tables: {@code world.ports.ANTWERP.latam_share} becomes
 * "Antwerp-Bruges: latam share", {@code port_defaults.IMPORT.inspections_per_officer_per_day} "import ports: inspections
 * per officer per day" and {@code uncertainties.customs.scan_detection.CONCEALED_IN_CARGO} "customs scan detection
 * (concealed in cargo)". The path itself stays in the files, where it is what a scenario writes.
 */
public final class PathLabel {
    private PathLabel() {
    }

    /** @param portNames ports' names by id, for the ports a path names; an id not in it is written in words */
    public static String of(String path, Map<String, String> portNames) {
        String[] parts = path.split("\\.");
        List<String> place = new ArrayList<>();
        List<String> words = new ArrayList<>();
        List<String> kinds = new ArrayList<>();
        for (int i = 0; i < parts.length; i++) {
            String p = parts[i];
            boolean first = i == 0;
            if (p.contains("[") || first && (p.equals("uncertainties") || p.equals("world") || p.equals("sweep"))) {
                continue;
            }
            if ((p.equals("ports") || p.equals("port_defaults")) && i + 1 < parts.length) {
                String id = parts[++i];
                place.add(p.equals("ports") ? portNames.getOrDefault(id, words(id))
                        : id.toLowerCase(Locale.ROOT).replace('_', ' ') + " ports");
            } else if (isId(p)) {
                kinds.add(words(p));
            } else {
                words.add(p.replace('_', ' '));
            }
        }
        String label = String.join(" ", words);
        if (!kinds.isEmpty()) {
            label += " (" + String.join(", ", kinds) + ")";
        }
        return place.isEmpty() ? label : String.join(", ", place) + ": " + label;
    }

    private static boolean isId(String p) {
        return p.equals("all") || !p.isEmpty() && p.equals(p.toUpperCase(Locale.ROOT)) && Character.isLetter(p.charAt(0));
    }

    /** An id in words: one word capitalised (COLOMBIA: Colombia), several in lower case (CONCEALED_IN_CARGO). */
    private static String words(String id) {
        String lower = id.toLowerCase(Locale.ROOT);
        if (lower.contains("_") || lower.equals("all")) {
            return lower.replace('_', ' ');
        }
        return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }
}
