package portshift.model;

import java.io.Serializable;

/**
 * One organisation's footholds, a level in [0, 1] per port (European import ports only: elsewhere they stay 0).
 * Each week a foothold grows the share {@link FootholdParams#weeklyGrowth()} of the way to 1 at every port where the
 * organisation landed a load, and keeps the share {@link FootholdParams#weeklyKeep()} of itself elsewhere. A load
 * landed at a port costs {@code landing × (1 − foothold)} per kg.
 */
public final class Footholds implements Serializable {
    private static final long serialVersionUID = 1L;

    private final FootholdParams params;
    private final double[] level;
    private final boolean[] usedThisWeek;
    /** Per port, the landing cost this week, USD/kg: read by every option's valuation. */
    private final double[] landing;

    Footholds(FootholdParams params, int ports) {
        this.params = params;
        level = new double[ports];
        usedThisWeek = new boolean[ports];
        landing = new double[ports];
        refresh();
    }

    /** Established at the port from the start. */
    void establish(Port port) {
        level[port.index()] = 1;
        refresh();
    }

    /** The foothold at a port, 0 to 1. */
    public double level(Port port) {
        return level[port.index()];
    }

    /** Landing costs per port index this week, USD/kg (a shared array: do not change it). */
    double[] landingUsdPerKg() {
        return landing;
    }

    /** A load is sent to land at this port this week. */
    void use(Port port) {
        usedThisWeek[port.index()] = true;
    }

    /** The week's growth where loads were landed and fading elsewhere; the landing costs follow. */
    void endWeek() {
        double grow = params.weeklyGrowth();
        double keep = params.weeklyKeep();
        for (int p = 0; p < level.length; p++) {
            level[p] = usedThisWeek[p] ? level[p] + grow * (1 - level[p]) : level[p] * keep;
            usedThisWeek[p] = false;
        }
        refresh();
    }

    private void refresh() {
        double cost = params.landingUsdPerKg();
        for (int p = 0; p < level.length; p++) {
            landing[p] = cost * (1 - level[p]);
        }
    }
}
