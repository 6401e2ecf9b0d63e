package portshift.evidence;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** What is known of the trade that the default world is calibrated and checked against (targets.csv). */
public final class Targets {
    /** Which ports make up a country group. */
    public static final Map<String, List<String>> GROUPS = Map.of(
            "SPAIN", List.of("ALGECIRAS", "VALENCIA", "BARCELONA"),
            "FRANCE", List.of("LE_HAVRE", "DUNKIRK", "MARSEILLE"));
    static final String FILE = "/portshift/evidence/targets.csv";

    private final List<Target> all;

    public Targets(List<Target> all) {
        this.all = List.copyOf(all);
    }

    public static Targets load() {
        List<Target> out = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(Targets.class.getResourceAsStream(FILE),
                StandardCharsets.UTF_8))) {
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
                out.add(parse(line));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Targets(out);
    }

    /** One row: target,kind,value,low,high,source (the source may hold commas). */
    static Target parse(String line) {
        String[] c = line.split(",", 6);
        if (c.length < 6) {
            throw new IllegalArgumentException(FILE + ": expected target,kind,value,low,high,source, found " + line);
        }
        Target.Kind kind = Target.Kind.valueOf(c[1].trim().toUpperCase(Locale.ROOT));
        double low = kind == Target.Kind.UPPER && c[3].isBlank() ? 0 : num(c[3]);
        return new Target(c[0].trim(), kind, num(c[2]), low, num(c[4]), c[5].trim());
    }

    private static double num(String s) {
        return s.isBlank() ? Double.NaN : Double.parseDouble(s.trim());
    }

    /** Every target, in the order of the file. */
    public List<Target> all() {
        return all;
    }

    /** The target of that name. */
    public Target get(String name) {
        return all.stream().filter(t -> t.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(FILE + " has no target " + name));
    }

    /** Reported tonnes seized a year at the single ports with a figure (not groups), in the order of the file. */
    public Map<String, Double> portFigures() {
        Map<String, Double> out = new LinkedHashMap<>();
        for (Target t : all) {
            if (t.measure().equals("seized_t") && t.kind() == Target.Kind.POINT && t.singlePort()) {
                out.put(t.place(), t.value());
            }
        }
        return out;
    }

    /** European ports with no reported figure, bounded from above instead: in the order of the file. */
    public List<String> unreportedPorts() {
        return all.stream().filter(t -> t.measure().equals("seized_t") && t.kind() == Target.Kind.UPPER)
                .map(Target::place).toList();
    }
}
