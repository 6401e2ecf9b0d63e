package portshift.cli;

import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;

import portshift.model.ModelConfig;
import portshift.model.PortSpec;
import portshift.model.Region;
import portshift.scenario.ScenarioException;

/** The optimizer's command-line values that name things in the world, checked: one line if wrong. */
final class OptimizeInputs {
    private OptimizeInputs() {
    }

    /** The candidates given, checked against the world, or every European import port. */
    static List<String> candidates(ModelConfig base, List<String> ports, Path scenarioFile) {
        List<String> known = base.world().ports().stream().map(PortSpec::id).toList();
        if (ports == null || ports.isEmpty()) {
            List<String> imports = base.world().ports().stream().filter(p -> p.region() == Region.EUROPE
                    && p.role() == portshift.model.PortRole.IMPORT).map(PortSpec::id).toList();
            if (imports.isEmpty()) {
                throw new ScenarioException("--ports: " + scenarioFile + " has no European import port to place effort "
                        + "at; name the candidates");
            }
            return imports;
        }
        LinkedHashSet<String> out = new LinkedHashSet<>();
        for (String id : ports) {
            if (!known.contains(id)) {
                throw new ScenarioException("--ports: expected port ids of " + scenarioFile + " (" + String.join(", ", known)
                        + "), found " + Printable.of(id));
            }
            if (!out.add(id)) {
                throw new ScenarioException("--ports: " + id + " is named twice");
            }
        }
        return List.copyOf(out);
    }
}
