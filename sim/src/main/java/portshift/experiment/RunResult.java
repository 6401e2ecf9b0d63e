package portshift.experiment;

import java.util.List;

import portshift.model.AppliedIntervention;
import portshift.observe.PortMonth;
import portshift.observe.RouteMonth;
import portshift.observe.RunSummary;

/** What one replication produced, with the interventions applied during it (the scenario's and any made live). */
public record RunResult(RunSummary summary, List<PortMonth> ports, List<RouteMonth> routes,
                        List<AppliedIntervention> interventions, double seconds) {
    public RunResult {
        ports = List.copyOf(ports);
        routes = List.copyOf(routes);
        interventions = List.copyOf(interventions);
    }

    /** The result of a model that has run, as its collector saw it. */
    public static RunResult of(portshift.model.PortshiftModel model, portshift.observe.MonthlyCollector collector,
                               int replication, long seed, double seconds) {
        return new RunResult(RunSummary.of(model, collector, model.config().scenario(), replication, seed),
                collector.portMonths(), collector.routeMonths(), model.appliedInterventions(), seconds);
    }
}
