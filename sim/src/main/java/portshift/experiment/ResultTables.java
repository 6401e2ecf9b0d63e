package portshift.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import portshift.analysis.Outcome;
import portshift.observe.PortMonth;
import portshift.observe.RouteMonth;
import portshift.observe.RunSummary;

/** The tidy result tables, one row per run ({@code runs.csv}) and per run, port and month ({@code ports.csv}). */
public final class ResultTables {
    public static final List<String> PORT_COLUMNS = List.of("scenario", "replication", "seed", "port", "region",
            "role", "month", "reported", "attempted_kg", "seized_kg", "delivered_kg", "shipments", "seizures",
            "containers_screened", "containers_handled", "insiders_active", "insider_employers", "insiders_recruited", "insiders_arrested",
            "bribes_usd", "legit_delay_hours", "seized_later_kg");

    public static final List<String> ROUTE_COLUMNS = List.of("scenario", "replication", "seed", "route", "method",
            "month", "reported", "loads", "kg");

    /** The columns of runs.csv before the outcomes: the run and its kilogram accounts over the whole run. */
    public static final List<String> RUN_ACCOUNT_COLUMNS = List.of("scenario", "replication", "seed", "days",
            "reported_years", "supplied_kg", "delivered_kg", "seized_europe_kg", "seized_upstream_kg", "held_kg",
            "in_transit_kg", "diverted_kg", "shipments");

    /** The columns of runs.csv: the accounts, then every outcome it records, as {@link Outcome} declares them. */
    public static final List<String> RUN_COLUMNS = Stream.concat(RUN_ACCOUNT_COLUMNS.stream(),
            Outcome.recordedInRuns().stream().map(Outcome::column)).toList();

    private ResultTables() {
    }

    /** Rows of ports.csv for one run whose rows were kept, without the header. */
    public static String portRows(RunResult r) {
        StringBuilder out = new StringBuilder();
        RunSummary s = r.summary();
        r.ports().forEach(m -> out.append(portRow(s.scenario(), s.replication(), s.seed(), m)));
        return out.toString();
    }

    /** Rows of routes.csv for one run whose rows were kept: loads sent per route and month, where any were. */
    public static String routeRows(RunResult r) {
        StringBuilder out = new StringBuilder();
        RunSummary s = r.summary();
        r.routes().forEach(m -> out.append(routeRow(s.scenario(), s.replication(), s.seed(), m)));
        return out.toString();
    }

    /** One row of ports.csv. */
    static String portRow(String scenario, int replication, long seed, PortMonth m) {
        return new Csv().row(scenario, replication, seed, m.port(), m.region(), m.role(), m.month(), m.reported(),
                m.attemptedKg(), m.seizedKg(), m.deliveredKg(), m.shipments(), m.seizures(),
                m.containersScreened(), m.containersHandled(), m.insidersActive(), m.insiderEmployers(), m.insidersRecruited(),
                m.insidersArrested(), m.bribesUsd(), m.legitDelayHours(), m.seizedLaterKg()).toString();
    }

    /** One row of routes.csv. */
    static String routeRow(String scenario, int replication, long seed, RouteMonth m) {
        return new Csv().row(scenario, replication, seed, m.route(), m.method(), m.month(), m.reported(), m.loads(), m.kg())
                .toString();
    }

    /** The row of runs.csv for one run, without the header. */
    public static String runRow(RunSummary s) {
        List<Object> cells = new ArrayList<>(List.of(s.scenario(), s.replication(), s.seed(), s.days(), s.reportedYears(),
                s.suppliedKg(), s.deliveredKg(), s.seizedEuropeKg(), s.seizedUpstreamKg(), s.heldKg(), s.inTransitKg(),
                s.divertedKg(), s.shipments()));
        for (Outcome o : Outcome.recordedInRuns()) {
            cells.add(o.of(s));
        }
        return new Csv().row(cells.toArray()).toString();
    }

    public static String header(List<String> columns) {
        return new Csv().header(columns).toString();
    }
}
