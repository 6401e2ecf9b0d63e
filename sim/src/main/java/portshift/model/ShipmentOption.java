package portshift.model;

import java.io.Serializable;

/** One way an organisation can ship: a land link to an export port, a sea route and a method. */
public record ShipmentOption(Route route, Method method, LandLink link) implements Serializable {
}
