package portshift.model;

import java.io.Serializable;

/**
 * Customs intelligence from seizures: after a seizure of a load from origin port O at port P,
 * containers from O are flagged at P for a while, and at every alliance member when intelligence is
 * shared.
 */
public final class Intelligence implements Serializable {
    private static final long serialVersionUID = 1L;

    private final int ports;
    /** flaggedUntil[at * ports + origin]: last day containers from origin are flagged at port at. */
    private final long[] flaggedUntil;

    public Intelligence(int ports) {
        this.ports = ports;
        flaggedUntil = new long[ports * ports];
        java.util.Arrays.fill(flaggedUntil, -1);
    }

    public void flag(Port at, Port origin, long untilDay) {
        int i = at.index() * ports + origin.index();
        flaggedUntil[i] = Math.max(flaggedUntil[i], untilDay);
    }

    public boolean isFlagged(Port at, Port origin, long today) {
        return isFlagged(at.index(), origin.index(), today);
    }

    /** The same by port indices: customs ask for every route through their port, every day. */
    boolean isFlagged(int at, int origin, long today) {
        return flaggedUntil[at * ports + origin] >= today;
    }
}
