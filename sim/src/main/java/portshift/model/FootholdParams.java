package portshift.model;

import java.io.Serializable;

/**
 * An organisation's footholds at European ports: the logistics cell, the front companies that receive its
 * containers and the onward distribution it has there. A load landed where the organisation has no foothold
 * pays middlemen to take it out of the port area and sell it on; a foothold grows while the organisation lands
 * loads at a port, over months, and fades when it stops. Organisations therefore stay where they are established,
 * and leave a port whose risk has risen over months, not days (docs/model.md, 7.8).
 */
public record FootholdParams(
        @Doc(value = "cost of landing a load at a European port where the organisation has no foothold: middlemen "
                + "to take it out of the port area, store it and sell it on", unit = "USD/kg", min = 0,
                max = Doc.MAX_USD_PER_KG, required = true) Double landingUsdPerKg,
        @Doc(value = "time to build a foothold by landing loads at a port each week: a foothold covers 63% of the "
                + "way to full in this time", unit = "weeks", min = 1, max = 5200, required = true) Double buildWeeks,
        @Doc(value = "time a foothold lasts at a port no longer used: it falls to 37% in this time", unit = "weeks",
                min = 1, max = 5200, required = true) Double fadeWeeks,
        @Doc(value = "European ports where each organisation is established at the start, drawn in proportion to "
                + "their containers from Latin America", min = 0, max = Doc.MAX_COUNT, required = true)
        Integer startPorts) implements Serializable {

    /** Share of the way to full a foothold grows in a week of use. */
    double weeklyGrowth() {
        return 1 - Math.exp(-1 / buildWeeks);
    }

    /** Share of a foothold kept over a week without use. */
    double weeklyKeep() {
        return Math.exp(-1 / fadeWeeks);
    }
}
