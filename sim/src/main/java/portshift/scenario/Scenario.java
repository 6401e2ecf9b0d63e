package portshift.scenario;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import portshift.model.Alliance;
import portshift.model.Doc;
import portshift.model.Intervention;
import portshift.model.PortControls;
import portshift.model.PortRole;
import portshift.model.ScreeningRules;

/**
 * A scenario file as written: the world, the uncertainties and the levers. Inheritance has already
 * been applied; {@link ScenarioResolver} checks it and turns it into a model configuration.
 */
public record Scenario(
        @Doc(value = "the scenario's name, written on every output row", required = true) String name,
        @Doc(value = "what the scenario is about", maxLength = 5000, lines = true) String description,
        @Doc(value = "the first simulated day", unit = "date", required = true) LocalDate start,
        @Doc(value = "simulated days; one step is one day", unit = "days", min = 1, max = Doc.MAX_DAYS, required = true)
        Integer days,
        @Doc(value = "days at the start excluded from summaries", unit = "days", min = 0, max = Doc.MAX_DAYS, required = true)
        Integer warmupDays,
        @Doc(value = "the geography", required = true) Sections.World world,
        @Doc(value = "what no policy controls", required = true) Sections.Uncertainties uncertainties,
        @Doc("controls of every port of a role, unless ports says otherwise") Map<PortRole, PortControls> portDefaults,
        @Doc("controls per port id") Map<String, PortControls> ports,
        @Doc(value = "Europe-wide risk-profiling rules", required = true) ScreeningRules screening,
        @Doc("the Alliance of European Ports") Alliance alliance,
        @Doc("dated changes of levers") List<Intervention> interventions,
        @Doc("parameter paths (e.g. alliance.harmonization) to lists of values: the grid of variants a batch runs")
        @Keys("path") Map<String, List<JsonNode>> sweep,
        @Doc("the uncertainties an exploration samples, with their ranges") ExploreSection explore,
        @Doc("the parameters a calibration fits, with their ranges") CalibrateSection calibrate,
        @Doc("what is known of the trade, by measure and place (e.g. seized_t:ANTWERP): the figures calibrate and "
                + "match fit the model to, each with its observation uncertainty and model discrepancy")
        @Keys("name") Map<String, TargetDeclaration> targets) {
}
