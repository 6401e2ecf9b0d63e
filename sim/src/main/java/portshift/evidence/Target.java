package portshift.evidence;

import portshift.scenario.TargetKind;

/**
 * One thing known of the trade that the model is fitted to, as a scenario declares it under {@code targets}.
 *
 * @param name          the measure and its place, e.g. {@code seized_t:ANTWERP} or {@code interception_rate}
 * @param kind          how the model's figure is judged against it
 * @param value         the reported figure (POINT) or the rank required (RANK, 1 = the largest); NaN otherwise
 * @param low           the low end (RANGE; 0 for UPPER); NaN otherwise
 * @param high          the high end (RANGE, UPPER); NaN otherwise
 * @param source        where the figure comes from
 * @param observationSd standard deviation of the reported figure's error, in its unit
 * @param discrepancySd standard deviation of the model's structural error for this figure, in its unit
 */
public record Target(String name, TargetKind kind, double value, double low, double high, String source,
                     double observationSd, double discrepancySd) {

    /** A target without stated uncertainties (both standard deviations 0). */
    public Target(String name, TargetKind kind, double value, double low, double high, String source) {
        this(name, kind, value, low, high, source, 0, 0);
    }

    public Target {
        boolean ok = switch (kind) {
            case POINT -> Double.isFinite(value) && value >= 0;
            case RANK -> value >= 1 && value == Math.rint(value);
            case RANGE, UPPER -> Double.isFinite(low) && Double.isFinite(high) && low < high;
        };
        if (!ok) {
            throw new IllegalArgumentException("target " + name + ": a " + kind + " target needs "
                    + switch (kind) {
                        case POINT -> "a value >= 0";
                        case RANK -> "a whole rank >= 1";
                        case RANGE, UPPER -> "low < high";
                    });
        }
    }

    /** The measure: the name before its place ({@code seized_t} of {@code seized_t:ANTWERP}). */
    public String measure() {
        int colon = name.indexOf(':');
        return colon < 0 ? name : name.substring(0, colon);
    }

    /** The port, group or country the target is about; empty for Europe-wide ones. */
    public String place() {
        int colon = name.indexOf(':');
        return colon < 0 ? "" : name.substring(colon + 1);
    }

    /** Whether the figure is in tonnes (else it is a share). */
    public boolean tonnes() {
        return measure().endsWith("_t");
    }

    /**
     * What the loss's log ratios add to both sides, so that a model figure of zero gives a finite term: one tonne for
     * tonnes, one percentage point for shares.
     */
    public double offset() {
        return tonnes() ? 1 : 0.01;
    }

    /** Whether the target is about one port (not a country group, a country or Europe). */
    public boolean singlePort() {
        return switch (measure()) {
            case "seized_t" -> !Targets.GROUPS.containsKey(place());
            case "exported_t", "interception" -> true;
            default -> false;
        };
    }
}
