package portshift.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The uncertain quantities a scenario declares for searching, checked: the ranges an exploration samples
 * ({@code explore.uncertainties}) and the parameters a calibration fits ({@code calibrate.parameters}), each in the
 * order the file gives them. Both sections declare a quantity the same way ({@link UncertainRange}); a calibration
 * parameter that names an explore uncertainty takes its declaration, under the parameter's own name. A field may be
 * set by one entry of a section only. Every mistake is reported together, each on its entry's line.
 *
 * @param explore   the explore uncertainties; none without an explore section
 * @param calibrate the calibration parameters; none without a calibrate section
 */
public record SearchSpace(List<Dimension> explore, List<Dimension> calibrate) {
    private static final String EXPLORE = "explore.uncertainties";
    private static final String CALIBRATE = "calibrate.parameters";

    /** The explore uncertainties, checked; the calibrate section is not looked at. */
    public static List<Dimension> explore(LoadedScenario loaded) {
        return of(loaded, false).explore();
    }

    /** The calibration parameters, checked with the explore uncertainties they may name. */
    public static List<Dimension> calibrate(LoadedScenario loaded) {
        return of(loaded, true).calibrate();
    }

    /** Both sections, checked; every mistake of either is reported together. */
    public static SearchSpace of(LoadedScenario loaded) {
        return of(loaded, true);
    }

    private static SearchSpace of(LoadedScenario loaded, boolean withCalibrate) {
        Scenario s = loaded.scenario();
        Map<String, UncertainRange> explored = s.explore() == null || s.explore().uncertainties() == null
                ? Map.of() : s.explore().uncertainties();
        Map<String, UncertainRange> calibrated = !withCalibrate || s.calibrate() == null
                || s.calibrate().parameters() == null ? Map.of() : s.calibrate().parameters();
        if (explored.isEmpty() && calibrated.isEmpty()) {
            return new SearchSpace(List.of(), List.of());
        }
        SourceMap sources = ScenarioLoader.read(loaded.file()).sources();
        List<String> problems = new ArrayList<>();
        RangeCheck check = new RangeCheck(loaded, sources, problems);
        Overlaps overlaps = new Overlaps(loaded, sources, problems);
        Map<String, Dimension> explore = new LinkedHashMap<>();
        for (Map.Entry<String, UncertainRange> e : explored.entrySet()) {
            if (e.getValue().uncertainty() != null) {
                problems.add(sources.where(EXPLORE + "." + e.getKey() + ".uncertainty") + ": " + EXPLORE + "."
                        + Shown.text(e.getKey()) + ": uncertainty: expected only under " + CALIBRATE + ", where a "
                        + "parameter names the explore uncertainty it shares");
                continue;
            }
            explore.put(e.getKey(), overlaps.add(EXPLORE, e.getKey(), check.check(EXPLORE, e.getKey(), e.getValue())));
        }
        Overlaps fitted = new Overlaps(loaded, sources, problems);
        List<Dimension> calibrate = new ArrayList<>();
        for (Map.Entry<String, UncertainRange> e : calibrated.entrySet()) {
            UncertainRange entry = e.getValue();
            Dimension d = entry.uncertainty() == null ? check.check(CALIBRATE, e.getKey(), entry)
                    : shared(sources, problems, e.getKey(), entry, explore);
            if (fitted.add(CALIBRATE, e.getKey(), d) != null) {
                calibrate.add(d);
            }
        }
        if (!problems.isEmpty()) {
            throw new ScenarioException(problems);
        }
        return new SearchSpace(explore.values().stream().toList(), List.copyOf(calibrate));
    }

    /**
     * A calibration parameter that names an explore uncertainty: that uncertainty's declaration under the parameter's
     * name; null after recording a mistake (an explore uncertainty with mistakes of its own has them reported there).
     */
    private static Dimension shared(SourceMap sources, List<String> problems, String name, UncertainRange entry,
                                    Map<String, Dimension> explore) {
        String at = sources.where(CALIBRATE + "." + name + ".uncertainty") + ": " + CALIBRATE + "." + Shown.text(name)
                + ": uncertainty: ";
        List<String> also = new ArrayList<>();
        if (entry.range() != null) {
            also.add("range");
        }
        if (entry.source() != null) {
            also.add("source");
        }
        if (entry.scale() != null) {
            also.add("scale");
        }
        if (entry.paths() != null) {
            also.add("paths");
        }
        if (entry.factor() != null) {
            also.add("factor");
        }
        if (!also.isEmpty()) {
            problems.add(at + "expected the explore uncertainty's key alone, which gives the paths, factor, range, scale "
                    + "and source; found " + String.join(", ", also) + " as well");
            return null;
        }
        if (!explore.containsKey(entry.uncertainty())) {
            problems.add(at + "expected the key of an entry under " + EXPLORE + ", found " + Shown.text(entry.uncertainty())
                    + Suggest.didYouMean(entry.uncertainty(), explore.keySet()));
            return null;
        }
        Dimension d = explore.get(entry.uncertainty());
        return d == null ? null : d.named(name);
    }
}
