package portshift.model;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * Everything a run needs, resolved from a scenario: the world, the starting policies and the
 * behavioural parameters. Immutable; every replication builds its own mutable state from it.
 *
 * @param days       simulated days (one step is one day)
 * @param warmupDays    days at the start excluded from summaries
 * @param interventions dated changes of levers, in order of day
 */
public record ModelConfig(String scenario, LocalDate start, int days, int warmupDays, WorldSpec world,
                          Alliance alliance, ScreeningRules screening,
                          TraffickerParams traffickers, InsiderParams insiders, CustomsParams customs,
                          List<Intervention> interventions) implements Serializable {
    public ModelConfig {
        PortControls.require(days >= 1, "days must be >= 1");
        PortControls.require(warmupDays >= 0 && warmupDays < days, "warmupDays must be in [0, days)");
        interventions = List.copyOf(interventions);
    }

    /** The same configuration under another scenario name (a sweep variant). */
    public ModelConfig named(String name) {
        return new ModelConfig(name, start, days, warmupDays, world, alliance, screening, traffickers, insiders, customs,
                interventions);
    }
}
