package portshift.model;

/** World regions of the port network. */
public enum Region {
    SOUTH_AMERICA,
    CARIBBEAN_CENTRAL_AMERICA,
    EUROPE,
    WEST_AFRICA,
    NORTH_AFRICA;

    /** True for the destination market: seizures here count as "seized in Europe". */
    public boolean isEurope() {
        return this == EUROPE;
    }
}
