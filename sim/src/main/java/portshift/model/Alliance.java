package portshift.model;

import java.io.Serializable;
import java.util.List;

/**
 * The Alliance of European Ports as a policy, as a scenario file writes it under {@code alliance:} or in an
 * intervention (where a null field leaves the current setting as it is). What its members do together:
 * <ul>
 * <li>share seizure intelligence: a seizure at one member flags matching containers at every member;</li>
 * <li>agree common risk criteria: each member's profiling moves, over the adoption period, to the best member's;</li>
 * <li>exchange intelligence with Latin American export ports: a seizure at a member flags, at the load's export
 * port if it is one of them, the containers bound for the members;</li>
 * <li>harmonize: each member moves the share h of the way to its part of the members' own effort pooled, shared
 * out by risk (containers from Latin America) or, as a named variant, by all containers; it adds no effort.</li>
 * </ul>
 * {@link EffectiveControls}, and it alone, applies harmonization and the common criteria to the ports.
 */
public record Alliance(
        @Doc(value = "member ports (European import ports)", maxLength = Doc.MAX_ID) List<String> members,
        @Doc(value = "h: each member moves the share h of the way to its part of the members' pooled effort "
                + "(screening capacity, skill-weighted capacity, TEU-weighted anti-corruption); the totals are kept",
                unit = "share", min = 0, max = 1, required = true) Double harmonization,
        @Doc(value = "what harmonization shares the pooled screening out by: RISK (containers from Latin America) "
                + "or CONTAINERS (all containers, a variant no public account of the Alliance describes)",
                required = true) Pooling pooling,
        @Doc(value = "whether a seizure at one member flags matching containers at every member", required = true)
        Boolean sharedIntelligence,
        @Doc(value = "whether members adopt common risk criteria: each member's profiling skill moves to the best "
                + "member's own over the adoption period", required = true) Boolean commonRiskCriteria,
        @Doc(value = "time for a member to adopt the common risk criteria fully, from the day they are agreed",
                unit = "days", min = 1, max = Doc.MAX_DAYS, required = true) Integer criteriaAdoptionDays,
        @Doc(value = "Latin American export ports that receive the members' seizure intelligence",
                maxLength = Doc.MAX_ID, required = true) List<String> intelligenceExchange) implements Serializable {

    /** How harmonization shares the members' pooled screening out. */
    public enum Pooling {
        /** In proportion to each member's containers from Latin America. */
        RISK,
        /** In proportion to each member's containers: a variant, not the Alliance as launched. */
        CONTAINERS
    }

    /** A change of members, harmonization and shared intelligence only; the other settings stay as they are. */
    public Alliance(List<String> members, Double harmonization, Boolean sharedIntelligence) {
        this(members, harmonization, null, sharedIntelligence, null, null, null);
    }

    public static Alliance none() {
        return new Alliance(List.of(), 0.0, Pooling.RISK, false, false, 365, List.of());
    }

    /** This change applied to the current settings: fields left null keep their current value. */
    public Alliance over(Alliance current) {
        return new Alliance(or(members, current.members), or(harmonization, current.harmonization),
                or(pooling, current.pooling), or(sharedIntelligence, current.sharedIntelligence),
                or(commonRiskCriteria, current.commonRiskCriteria), or(criteriaAdoptionDays, current.criteriaAdoptionDays),
                or(intelligenceExchange, current.intelligenceExchange));
    }

    private static <T> T or(T own, T current) {
        return own != null ? own : current;
    }
}
