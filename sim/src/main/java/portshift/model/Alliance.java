package portshift.model;

import java.io.Serializable;
import java.util.Set;

/**
 * The Alliance of European Ports as a policy: who is a member, how far members converge on a common
 * standard, and whether a seizure at one member raises targeting at all of them.
 *
 * @param members                ids of member ports
 * @param harmonization          h in [0, 1]: each member's screening rate, profiling skill and
 *                               anti-corruption intensity become (1 - h) * own + h * standard
 * @param sharedIntelligence     whether seizure intelligence reaches every member
 * @param standardProfilingSkill the alliance standard of risk-profiling skill
 * @param standardAntiCorruption the alliance standard of anti-corruption intensity
 */
public record Alliance(Set<String> members, double harmonization, boolean sharedIntelligence,
                       double standardProfilingSkill, double standardAntiCorruption) implements Serializable {
    public Alliance {
        members = Set.copyOf(members);
        PortControls.require(PortControls.unit(harmonization), "harmonization must be in [0, 1]");
        PortControls.require(PortControls.unit(standardProfilingSkill), "standardProfilingSkill must be in [0, 1]");
        PortControls.require(PortControls.unit(standardAntiCorruption), "standardAntiCorruption must be in [0, 1]");
    }

    public static Alliance none() {
        return new Alliance(Set.of(), 0, false, 0, 0);
    }

    public boolean isMember(Port port) {
        return members.contains(port.id());
    }
}
