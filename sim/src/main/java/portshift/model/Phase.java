package portshift.model;

/**
 * Orderings within one simulated day. MASON steps lower orderings first, so each day policy changes
 * apply first, then traffickers plan, insiders are recruited or exposed, customs inspect what
 * arrives, and collectors read the result.
 */
public enum Phase {
    INTERVENTIONS,
    TRAFFICKERS,
    INSIDERS,
    CUSTOMS,
    COLLECTORS;

    public int ordering() {
        return ordinal();
    }
}
