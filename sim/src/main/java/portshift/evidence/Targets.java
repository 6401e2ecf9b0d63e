package portshift.evidence;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import portshift.scenario.DeclaredTargets;
import portshift.scenario.LoadedScenario;
import portshift.scenario.TargetDeclaration;
import portshift.scenario.TargetKind;

/**
 * What is known of the trade that the default world is calibrated, matched and checked against: the targets a scenario
 * declares (scenarios/calibration.yaml for the default world).
 */
public final class Targets {
    /** Which ports make up a country group. */
    public static final Map<String, List<String>> GROUPS = Map.of(
            "SPAIN", List.of("ALGECIRAS", "VALENCIA", "BARCELONA"),
            "FRANCE", List.of("LE_HAVRE", "DUNKIRK", "MARSEILLE"));
    private final List<Target> all;

    public Targets(List<Target> all) {
        this.all = List.copyOf(all);
    }

    /** The targets a scenario declares under {@code targets}, checked (none without the section). */
    public static Targets of(LoadedScenario loaded) {
        List<Target> out = new ArrayList<>();
        for (DeclaredTargets.Named n : DeclaredTargets.of(loaded)) {
            TargetDeclaration d = n.declaration();
            TargetKind kind = d.kind();
            double low = kind == TargetKind.UPPER ? 0 : or(d.low());
            out.add(new Target(n.name(), kind, or(d.value()), low, or(d.high()), d.source(), d.observationSd(),
                    d.discrepancySd()));
        }
        return new Targets(out);
    }

    private static double or(Double v) {
        return v == null ? Double.NaN : v;
    }

    /** Every target, in the order declared. */
    public List<Target> all() {
        return all;
    }

    /** The target of that name. */
    public Target get(String name) {
        return all.stream().filter(t -> t.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no target " + name + " is declared"));
    }

    /** Reported tonnes seized a year at the single ports with a figure (not groups), in the order of the file. */
    public Map<String, Double> portFigures() {
        Map<String, Double> out = new LinkedHashMap<>();
        for (Target t : all) {
            if (t.measure().equals("seized_t") && t.kind() == TargetKind.POINT && t.singlePort()) {
                out.put(t.place(), t.value());
            }
        }
        return out;
    }

    /** European ports with no reported figure, bounded from above instead: in the order of the file. */
    public List<String> unreportedPorts() {
        return all.stream().filter(t -> t.measure().equals("seized_t") && t.kind() == TargetKind.UPPER)
                .map(Target::place).toList();
    }
}
