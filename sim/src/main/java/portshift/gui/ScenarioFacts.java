package portshift.gui;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import portshift.model.Intervention;
import portshift.model.ModelConfig;

/** What the GUI's panels read from the scenario as written, whether or not a run has started. */
record ScenarioFacts(ModelConfig config) {
    /** A port's name, by id (the id itself if unknown). */
    String portName(String id) {
        return config.world().ports().stream().filter(p -> p.id().equals(id)).map(p -> p.name()).findFirst()
                .orElse(id);
    }

    /** The scenario's first day. */
    LocalDate startDate() {
        return config.start();
    }

    /** The scenario's dated interventions, in its order. */
    List<Intervention> interventions() {
        return config.interventions();
    }

    /** Port ids in the scenario's order. */
    String[] portIds() {
        return config.world().ports().stream().map(p -> p.id()).toArray(String[]::new);
    }

    /** Ports in the alliance in the scenario, at the start or by any intervention. */
    Set<String> configuredMembers() {
        Set<String> members = new LinkedHashSet<>(config.alliance().members());
        for (Intervention i : config.interventions()) {
            if (i.alliance() != null && i.alliance().members() != null) {
                members.addAll(i.alliance().members());
            }
        }
        return members;
    }
}
