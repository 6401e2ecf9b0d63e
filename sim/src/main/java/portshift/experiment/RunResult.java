package portshift.experiment;

import java.util.List;

import portshift.observe.PortMonth;
import portshift.observe.RouteMonth;
import portshift.observe.RunSummary;

/** What one replication produced. */
public record RunResult(RunSummary summary, List<PortMonth> ports, List<RouteMonth> routes, double seconds) {
}
