package portshift.experiment;

import java.util.List;

import portshift.analysis.RunSummary;
import portshift.model.AppliedIntervention;
import portshift.model.PortshiftModel;
import portshift.observe.MonthlyCollector;
import portshift.observe.MonthlyRows;
import portshift.observe.PortMonth;
import portshift.observe.RouteMonth;
import portshift.observe.RunTally;

/**
 * What one replication produced, with the interventions applied during it (the scenario's and any
 * made live). The monthly rows are here when they were kept in memory; a run that wrote them out as
 * it went has none here, only its tally.
 */
public record RunResult(RunSummary summary, RunTally tally, List<PortMonth> ports, List<RouteMonth> routes,
                        List<AppliedIntervention> interventions, double seconds) {
    public RunResult {
        ports = List.copyOf(ports);
        routes = List.copyOf(routes);
        interventions = List.copyOf(interventions);
    }

    /** The result of a model that has run, as its collector saw it. */
    public static RunResult of(PortshiftModel model, MonthlyCollector collector, int replication, long seed, double seconds) {
        RunSummary summary = RunSummary.of(model, collector.tally(), model.config().scenario(), replication, seed);
        boolean kept = collector.sink() instanceof MonthlyRows;
        List<PortMonth> ports = kept ? ((MonthlyRows) collector.sink()).ports() : List.of();
        List<RouteMonth> routes = kept ? ((MonthlyRows) collector.sink()).routes() : List.of();
        return new RunResult(summary, collector.tally(), ports, routes, model.appliedInterventions(), seconds);
    }
}
