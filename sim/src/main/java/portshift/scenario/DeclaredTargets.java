package portshift.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The targets a scenario declares, checked: each name a known measure and place, each kind with the figures it needs.
 * Every mistake is reported together, each on its entry's line.
 */
public final class DeclaredTargets {
    /** Measures the model gives a figure for, by the name's part before its colon. */
    public static final Set<String> MEASURES = Set.of("seized_t", "exported_t", "origin_share", "interception",
            "interception_rate", "screened_share_europe");
    private static final String SECTION = "targets";

    /** A checked declaration under its name. */
    public record Named(String name, TargetDeclaration declaration) {
    }

    private DeclaredTargets() {
    }

    /** The scenario's targets in the order written; none without a targets section. */
    public static List<Named> of(LoadedScenario loaded) {
        Map<String, TargetDeclaration> declared = loaded.scenario().targets();
        if (declared == null || declared.isEmpty()) {
            return List.of();
        }
        SourceMap sources = ScenarioLoader.read(loaded.file()).sources();
        List<String> problems = new ArrayList<>();
        List<Named> out = new ArrayList<>();
        for (Map.Entry<String, TargetDeclaration> e : declared.entrySet()) {
            String name = e.getKey();
            TargetDeclaration t = e.getValue();
            String at = sources.where(SECTION + "." + name) + ": " + SECTION + "." + Shown.text(name) + ": ";
            int colon = name.indexOf(':');
            String measure = colon < 0 ? name : name.substring(0, colon);
            if (!MEASURES.contains(measure)) {
                problems.add(at + "expected a name of one of the measures " + String.join(", ", MEASURES.stream().sorted()
                        .toList()) + " (with ':PLACE' where it is about a place), found " + Shown.text(name));
                continue;
            }
            if (t == null) {
                problems.add(at + "expected kind, figures, source and uncertainties, found nothing");
                continue;
            }
            String missing = missing(t);
            if (missing != null) {
                problems.add(at + missing);
                continue;
            }
            out.add(new Named(name, t));
        }
        if (!problems.isEmpty()) {
            throw new ScenarioException(problems);
        }
        return List.copyOf(out);
    }

    /** What a kind needs and lacks, or null. */
    private static String missing(TargetDeclaration t) {
        return switch (t.kind()) {
            case POINT -> t.value() == null ? "a POINT target needs value: the reported figure" : null;
            case RANK -> t.value() == null || t.value() < 1 || t.value() != Math.rint(t.value())
                    ? "a RANK target needs value: a whole rank of 1 or more" : null;
            case UPPER -> t.high() == null ? "an UPPER target needs high: the bound" : null;
            case RANGE -> t.low() == null || t.high() == null || !(t.low() < t.high())
                    ? "a RANGE target needs low < high" : null;
        };
    }
}
