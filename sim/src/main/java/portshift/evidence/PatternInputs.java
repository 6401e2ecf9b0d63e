package portshift.evidence;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import portshift.model.ModelConfig;

/**
 * The configurations the pattern checks run (docs/validation.md), each read from a scenario file in the folder of the
 * shipped scenarios: the baseline, the shipped uncertainty they compare (high corruption), and the variants written
 * for the patterns alone ({@code pattern-*.yaml}). Keeping the variants in files, not in code, leaves one way to state a
 * lever: the scenario language.
 *
 * @param antiCorruption anti-corruption at every port from the start, at 0.2, 0.5 and 0.8
 */
public record PatternInputs(ModelConfig baseline, ModelConfig antwerpCrackdown, ModelConfig effortSpread,
                            ModelConfig effortConcentrated, ModelConfig moreScanners, ModelConfig highCorruption,
                            ModelConfig moreScannersHighCorruption, ModelConfig pressure,
                            List<ModelConfig> antiCorruption) {
    /** The files, in the order of the components. */
    public static final List<String> FILES = List.of("baseline.yaml", "pattern-antwerp-crackdown.yaml",
            "pattern-effort-spread.yaml", "pattern-effort-concentrated.yaml", "pattern-more-scanners.yaml",
            "high-corruption.yaml", "pattern-more-scanners-high-corruption.yaml", "pattern-pressure.yaml",
            "pattern-anti-corruption-0.2.yaml", "pattern-anti-corruption-0.5.yaml", "pattern-anti-corruption-0.8.yaml");

    /** The file, in the same folder, whose targets pattern 2 judges against. */
    public static final String TARGETS = "calibration.yaml";

    public PatternInputs {
        antiCorruption = List.copyOf(antiCorruption);
    }

    /** Reads every file with the given loader (a file name to its configuration). */
    public static PatternInputs load(Function<String, ModelConfig> loader) {
        List<ModelConfig> c = FILES.stream().map(loader).toList();
        return new PatternInputs(c.get(0), c.get(1), c.get(2), c.get(3), c.get(4), c.get(5), c.get(6), c.get(7),
                c.subList(8, FILES.size()));
    }

    /** Every configuration, in the order of {@link #FILES}. */
    List<ModelConfig> all() {
        List<ModelConfig> out = new ArrayList<>(List.of(baseline, antwerpCrackdown, effortSpread, effortConcentrated,
                moreScanners, highCorruption, moreScannersHighCorruption, pressure));
        out.addAll(antiCorruption);
        return out;
    }
}
