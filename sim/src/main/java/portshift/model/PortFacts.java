package portshift.model;

import java.io.Serializable;

/** What a scenario file says of a port under {@code world.ports}: who and where it is, and its trade. */
public record PortFacts(
        @Doc("full name") String name,
        @Doc(value = "ISO 3166 two-letter country code", required = true) String country,
        @Doc(value = "world region", required = true) Region region,
        @Doc(value = "EXPORT (Latin America), HUB (transshipment) or IMPORT (Europe)", required = true) PortRole role,
        @Doc(value = "latitude", unit = "degrees", min = -90, max = 90, required = true) Double lat,
        @Doc(value = "longitude", unit = "degrees", min = -180, max = 180, required = true) Double lon,
        @Doc(value = "container throughput in 2023", unit = "million TEU/year", min = 0, max = 1000,
                required = true) Double teuMillions,
        @Doc(value = "share of the port's inspected containers that come from the modelled export ports (import ports)",
                unit = "share", min = 0, max = 1) Double latamShare) implements Serializable {
}
