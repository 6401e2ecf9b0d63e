package portshift.observe;

import java.io.Serializable;

/**
 * One port in one month: a row of {@code ports.csv}. Flows are for the month; insidersActive is at
 * its end.
 *
 * @param month              YYYY-MM
 * @param attemptedKg        kg in loads that reached the port's inspection
 * @param seizedKg           kg seized here
 * @param deliveredKg        kg delivered to buyers here (import ports)
 * @param containersScreened containers scanned or physically inspected
 * @param containersHandled  containers that passed the inspection point
 * @param insiderEmployers   organisations with insiders here at the month's end: above one, the port is contested
 * @param bribesUsd          bribes, signing payments and extraction fees paid here, USD
 * @param legitDelayHours    container-hours of delay to legitimate trade from screening
 * @param seizedLaterKg      kg of loads that left this port and were seized at a later port (a hub or in Europe)
 */
public record PortMonth(String port, String region, String role, String month, boolean reported,
                        double attemptedKg, double seizedKg, double deliveredKg, long shipments, long seizures,
                        double containersScreened, double containersHandled, int insidersActive, int insiderEmployers,
                        long insidersRecruited, long insidersArrested, double bribesUsd, double legitDelayHours,
                        double seizedLaterKg)
        implements Serializable {
}
