package portshift.model;

import java.io.Serializable;
import java.util.List;

/**
 * The Alliance of European Ports as a policy, as a scenario file writes it under {@code alliance:}
 * or in an intervention (where a null field leaves the current setting as it is). Each member's
 * screening rate, profiling skill and anti-corruption intensity become
 * {@code (1 - h) * own + h * standard}; {@link EffectiveControls}, and it alone, applies that to the ports.
 */
public record Alliance(
        @Doc(value = "member ports (European import ports)", maxLength = Doc.MAX_ID) List<String> members,
        @Doc(value = "h: each member's screening rate, profiling skill and anti-corruption become (1-h)*own + h*standard",
                unit = "share", min = 0, max = 1, required = true) Double harmonization,
        @Doc(value = "whether a seizure at one member flags matching containers at every member", required = true)
        Boolean sharedIntelligence,
        @Doc(value = "the alliance standard", required = true) Standard standard) implements Serializable {

    /** The standard members converge on (the screening rate's standard is the members' pooled rate). */
    public record Standard(
            @Doc(value = "standard risk-profiling skill", unit = "share", min = 0, max = 1, required = true)
            Double profilingSkill,
            @Doc(value = "standard anti-corruption intensity", unit = "share", min = 0, max = 1, required = true)
            Double antiCorruption)
            implements Serializable {

        Standard over(Standard base) {
            if (base == null) {
                return this;
            }
            return new Standard(profilingSkill != null ? profilingSkill : base.profilingSkill,
                    antiCorruption != null ? antiCorruption : base.antiCorruption);
        }
    }

    public static Alliance none() {
        return new Alliance(List.of(), 0.0, false, new Standard(0.0, 0.0));
    }

    /** This change applied to the current settings: fields left null keep their current value. */
    public Alliance over(Alliance current) {
        return new Alliance(members != null ? members : current.members,
                harmonization != null ? harmonization : current.harmonization,
                sharedIntelligence != null ? sharedIntelligence : current.sharedIntelligence,
                standard != null ? standard.over(current.standard) : current.standard);
    }
}
