package portshift.model;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Everything a run needs, resolved from a scenario: the world, the starting policies and the
 * behavioural parameters. Immutable; every replication builds its own mutable state from it.
 *
 * @param days          simulated days (one step is one day)
 * @param warmupDays    days at the start excluded from summaries
 * @param interventions dated changes of levers, in order of day
 */
public record ModelConfig(String scenario, LocalDate start, int days, int warmupDays, WorldSpec world,
                          Alliance alliance, ScreeningRules screening,
                          TraffickerParams traffickers, FootholdParams footholds, InsiderParams insiders,
                          CustomsParams customs, List<Intervention> interventions) implements Serializable {
    public ModelConfig {
        interventions = List.copyOf(interventions);
    }

    /** The day an intervention takes effect (0 = the start date). */
    public long dayOf(Intervention i) {
        return i.day(start);
    }

    /** The same configuration under another scenario name (a sweep variant). */
    public ModelConfig named(String name) {
        return copy(name, days, warmupDays, interventions);
    }

    /** The same configuration over another horizon, without the interventions that fall after it. */
    public ModelConfig withHorizon(int newDays, int newWarmupDays) {
        return copy(scenario, newDays, newWarmupDays, interventions.stream().filter(i -> dayOf(i) < newDays).toList());
    }

    /** The same configuration with more interventions, all kept in order of day. */
    public ModelConfig withInterventions(String name, List<Intervention> more) {
        List<Intervention> all = new ArrayList<>(interventions);
        all.addAll(more);
        all.sort(Comparator.comparingLong(this::dayOf));
        return copy(name, days, warmupDays, all);
    }

    /** The same configuration with another list of interventions (kept in order of day). */
    public ModelConfig withInterventionsReplaced(List<Intervention> all) {
        List<Intervention> sorted = new ArrayList<>(all);
        sorted.sort(Comparator.comparingLong(this::dayOf));
        return copy(scenario, days, warmupDays, sorted);
    }

    private ModelConfig copy(String name, int newDays, int newWarmupDays, List<Intervention> list) {
        return new ModelConfig(name, start, newDays, newWarmupDays, world, alliance, screening, traffickers, footholds,
                insiders, customs, list);
    }
}
