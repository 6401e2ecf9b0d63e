package portshift.observe;

import java.io.Serializable;

/** Loads sent on one route with one method in one month. */
public record RouteMonth(String route, String method, String month, boolean reported, long loads, double kg)
        implements Serializable {
}
