package portshift.model;

/** How a load is smuggled in a container. */
public enum Method {
    /**
     * A bag is put into a legitimate container after the export inspection and taken out before the
     * import inspection. Needs insiders at both ends.
     */
    RIP_ON_RIP_OFF,
    /** Hidden inside a front company's cargo; relies on not being scanned or on the scan missing it. */
    CONCEALED_IN_CARGO,
    /**
     * Routed through a hub where the papers are changed, so that the container no longer appears to
     * come from a risk country, unless the importing port traces origins through hubs.
     */
    TRANSSHIPPED;

    public boolean needsInsiders() {
        return this == RIP_ON_RIP_OFF;
    }
}
