package portshift.model;

import java.io.Serializable;
import java.util.List;

/**
 * Vetting of port staff against criminal infiltration, from an intervention's day: the ports' anti-corruption
 * intensity rises (new staff are screened, so open workers ask more and are exposed more often), and checking the
 * existing staff exposes a share of the insiders already at work.
 */
public record Vetting(
        @Doc(value = "ports whose staff are vetted", maxLength = Doc.MAX_ID, required = true) List<String> ports,
        @Doc(value = "rise of each port's anti-corruption intensity (capped at 1)", unit = "share", min = 0, max = 1,
                required = true) Double antiCorruptionRise,
        @Doc(value = "share of the insiders at work that checking the existing staff exposes", unit = "share", min = 0,
                max = 1, required = true) Double exposedShare) implements Serializable {
}
