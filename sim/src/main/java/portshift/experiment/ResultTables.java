package portshift.experiment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import portshift.analysis.Outcome;
import portshift.analysis.RunSummary;
import portshift.model.PortMeasure;
import portshift.model.RunAccount;
import portshift.observe.PortMonth;
import portshift.observe.RouteMonth;

/** The tidy result tables, one row per run ({@code runs.csv}) and per run, port and month ({@code ports.csv}). */
public final class ResultTables {
    /** The columns of ports.csv before the measures: the run, the port and the month. */
    private static final List<String> PORT_KEY_COLUMNS = List.of("scenario", "replication", "seed", "port", "region",
            "role", "month", "reported");

    /** The columns of ports.csv: the run, the port and the month, then every {@link PortMeasure} in its order. */
    public static final List<String> PORT_COLUMNS = Stream.concat(PORT_KEY_COLUMNS.stream(),
            Arrays.stream(PortMeasure.values()).map(PortMeasure::column)).toList();

    public static final List<String> ROUTE_COLUMNS = List.of("scenario", "replication", "seed", "route", "method",
            "month", "reported", "loads", "kg");

    /** The columns of runs.csv before the accounts: the run. */
    static final List<String> RUN_KEY_COLUMNS = List.of("scenario", "replication", "seed", "days", "reported_years");

    /** The columns of runs.csv before the outcomes: the run and every {@link RunAccount} over the whole run. */
    public static final List<String> RUN_ACCOUNT_COLUMNS = Stream.concat(RUN_KEY_COLUMNS.stream(),
            Arrays.stream(RunAccount.values()).map(RunAccount::column)).toList();

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
        List<Object> cells = new ArrayList<>(List.of(scenario, replication, seed, m.port(), m.region(), m.role(),
                m.month(), m.reported()));
        for (PortMeasure measure : PortMeasure.values()) {
            cells.add(m.get(measure));
        }
        return new Csv().row(cells.toArray()).toString();
    }

    /** One row of routes.csv. */
    static String routeRow(String scenario, int replication, long seed, RouteMonth m) {
        return new Csv().row(scenario, replication, seed, m.route(), m.method(), m.month(), m.reported(), m.loads(), m.kg())
                .toString();
    }

    /** The row of runs.csv for one run, without the header. */
    public static String runRow(RunSummary s) {
        List<Object> cells = new ArrayList<>(List.of(s.scenario(), s.replication(), s.seed(), s.days(), s.reportedYears()));
        for (RunAccount a : RunAccount.values()) {
            cells.add(s.account(a));
        }
        for (Outcome o : Outcome.recordedInRuns()) {
            cells.add(s.get(o));
        }
        return new Csv().row(cells.toArray()).toString();
    }

    public static String header(List<String> columns) {
        return new Csv().header(columns).toString();
    }
}
