package portshift.model;

/** Jobs in a port whose holders traffickers corrupt, and the service each one sells. */
public enum InsiderRole {
    /** Loads a bag after the export inspection, or pulls it out before the import inspection. */
    LONGSHOREMAN,
    /** Lets a rip-on team and its bag into an export terminal; at an import port, warns of an inspection. */
    SECURITY,
    /** Waves a selected container through; at an export port, also warns of a check before departure. */
    CUSTOMS_OFFICER,
    /** Moves a container or a bag out of the terminal before it is inspected. */
    TRUCKER;

    /** Roles that can physically load or extract a bag: a rip-on/rip-off crew needs one of them. */
    public boolean handlesLoads() {
        return this == LONGSHOREMAN || this == TRUCKER;
    }
}
