package portshift.gui;

import portshift.model.Port;
import portshift.model.Trafficker;

/** Something clickable on the map: a port, or a trafficking organisation shown at its producer. */
record Marker(Port port, Trafficker organisation) {
    static Marker of(Port port) {
        return new Marker(port, null);
    }

    static Marker of(Trafficker organisation) {
        return new Marker(null, organisation);
    }
}
