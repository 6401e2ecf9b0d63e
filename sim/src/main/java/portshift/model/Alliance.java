package portshift.model;

import java.io.Serializable;
import java.util.List;

/**
 * The Alliance of European Ports as a policy, as a scenario file writes it under {@code alliance:}
 * or in an intervention (where a null field leaves the current setting as it is). Harmonization
 * moves each member the share h of the way to what the members' own effort, pooled, gives every
 * member: it shares effort out and adds none. {@link EffectiveControls}, and it alone, applies that
 * to the ports.
 */
public record Alliance(
        @Doc(value = "member ports (European import ports)", maxLength = Doc.MAX_ID) List<String> members,
        @Doc(value = "h: each member moves the share h of the way to its part of the members' pooled effort "
                + "(screening capacity, skill-weighted capacity, TEU-weighted anti-corruption); the totals are kept",
                unit = "share", min = 0, max = 1, required = true) Double harmonization,
        @Doc(value = "whether a seizure at one member flags matching containers at every member", required = true)
        Boolean sharedIntelligence) implements Serializable {

    public static Alliance none() {
        return new Alliance(List.of(), 0.0, false);
    }

    /** This change applied to the current settings: fields left null keep their current value. */
    public Alliance over(Alliance current) {
        return new Alliance(members != null ? members : current.members,
                harmonization != null ? harmonization : current.harmonization,
                sharedIntelligence != null ? sharedIntelligence : current.sharedIntelligence);
    }
}
