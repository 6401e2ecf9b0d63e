package portshift.experiment;

import java.io.IOException;
import java.io.UncheckedIOException;

import portshift.observe.MonthlySink;
import portshift.observe.PortMonth;
import portshift.observe.RouteMonth;

/**
 * Monthly rows written out as they are made, so that a run of any length keeps none in memory: port
 * rows to one file, route rows to another (or nowhere), each row tagged with its run.
 */
final class StreamedRows implements MonthlySink {
    private static final long serialVersionUID = 1L;

    private final transient AtomicOutput ports;
    private final transient AtomicOutput routes;
    private final String scenario;
    private final int replication;
    private final long seed;

    /** @param routes where route rows go, or null to drop them */
    StreamedRows(AtomicOutput ports, AtomicOutput routes, String scenario, int replication, long seed) {
        this.ports = ports;
        this.routes = routes;
        this.scenario = scenario;
        this.replication = replication;
        this.seed = seed;
    }

    @Override
    public void port(PortMonth row) {
        write(ports, ResultTables.portRow(scenario, replication, seed, row));
    }

    @Override
    public void route(RouteMonth row) {
        if (routes != null) {
            write(routes, ResultTables.routeRow(scenario, replication, seed, row));
        }
    }

    private static void write(AtomicOutput out, String line) {
        try {
            out.write(line);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
