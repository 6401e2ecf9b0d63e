package portshift.cli;

import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;

import portshift.analysis.Outcome;
import portshift.model.ModelConfig;
import portshift.model.PortSpec;
import portshift.model.Region;
import portshift.optimize.Objective;
import portshift.scenario.ScenarioException;

/** The optimizer's command-line values that name things in the world or the outcomes, checked: one line if wrong. */
final class OptimizeInputs {
    private OptimizeInputs() {
    }

    /** The candidates given, checked against the world, or every European import port. */
    static List<String> candidates(ModelConfig base, List<String> ports, Path scenarioFile) {
        List<String> known = base.world().ports().stream().map(PortSpec::id).toList();
        if (ports == null || ports.isEmpty()) {
            return base.world().ports().stream().filter(p -> p.region() == Region.EUROPE
                    && p.role() == portshift.model.PortRole.IMPORT).map(PortSpec::id).toList();
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

    /** The outcome named, by its short name (delivered, seized) or its column; one line if it cannot be judged. */
    static Outcome outcome(String name) {
        return Objective.outcome(name).orElseThrow(() -> new ScenarioException("--objective: expected delivered, "
                + "seized or an outcome with a better direction (" + String.join(", ", Objective.choices())
                + "), found " + Printable.of(name)));
    }
}
