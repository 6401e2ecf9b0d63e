package portshift.observe;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Monthly rows kept in memory, for short runs whose rows are used after the run (GUI, patterns, calibration). */
public final class MonthlyRows implements MonthlySink {
    private static final long serialVersionUID = 1L;

    private final List<PortMonth> ports = new ArrayList<>();
    private final List<RouteMonth> routes = new ArrayList<>();

    @Override
    public void port(PortMonth row) {
        ports.add(row);
    }

    @Override
    public void route(RouteMonth row) {
        routes.add(row);
    }

    public List<PortMonth> ports() {
        return Collections.unmodifiableList(ports);
    }

    /** Only the routes used in a month appear. */
    public List<RouteMonth> routes() {
        return Collections.unmodifiableList(routes);
    }
}
