package portshift.observe;

import java.io.Serializable;

/** Where a collector's monthly rows go as they are made: kept in memory, or written out at once. */
public interface MonthlySink extends Serializable {
    void port(PortMonth row);

    void route(RouteMonth row);
}
