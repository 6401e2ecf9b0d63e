package portshift.model;

/** What a port does in the network. */
public enum PortRole {
    /** Latin American port where loads are put into containers bound for Europe. */
    EXPORT,
    /** European port of entry, where loads are extracted and delivered. */
    IMPORT,
    /** Transshipment hub where containers change ships and can be re-documented. */
    HUB
}
