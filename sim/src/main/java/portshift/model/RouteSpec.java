package portshift.model;

import java.io.Serializable;

/**
 * A sea route by port ids.
 *
 * @param hub       hub id, or null for a direct route
 * @param daysToHub sailing days to the hub (0 for a direct route)
 */
public record RouteSpec(String origin, String hub, String destination, int sailingDays, int daysToHub)
        implements Serializable {
}
