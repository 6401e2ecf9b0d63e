package portshift.scenario;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import portshift.model.PortRole;

/**
 * A scenario file as written: the world, the uncertainties and the levers. Inheritance has already
 * been applied; {@link ScenarioResolver} checks it and turns it into a model configuration.
 *
 * @param portDefaults controls of every port of a role, unless {@code ports} says otherwise
 * @param ports         controls per port id
 * @param interventions dated changes of levers
 */
public record Scenario(String name, String description, LocalDate start, Integer days, Integer warmupDays,
                       Sections.World world, Sections.Uncertainties uncertainties,
                       Map<PortRole, Sections.PortLevers> portDefaults, Map<String, Sections.PortLevers> ports,
                       Sections.Screening screening, Sections.AllianceLevers alliance,
                       List<Sections.InterventionEntry> interventions) {
}
