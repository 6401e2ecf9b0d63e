package portshift.model;

import java.io.Serializable;
import java.util.List;

/**
 * Money for container scanners turned into scanners at ports, on an intervention's day: the budget's share for
 * scanners over a scanner's cost gives whole scanners, shared out among the ports by a declared rule (largest
 * remainders), and added to the scanners each port has that day.
 */
public record Equipment(
        @Doc(value = "ports that receive the scanners", maxLength = Doc.MAX_ID, required = true) List<String> ports,
        @Doc(value = "money for customs equipment", unit = "EUR", min = 0, max = 1e12, required = true) Double budgetEur,
        @Doc(value = "share of the money spent on container scanners at these ports", unit = "share", min = 0, max = 1,
                required = true) Double scannerShare,
        @Doc(value = "cost of one container scanner, installed", unit = "EUR", min = 1, max = 1e10, required = true)
        Double scannerCostEur,
        @Doc(value = "how the scanners are shared out: LATAM_CONTAINERS (by risk: containers from Latin America), "
                + "CONTAINERS (by all containers) or EQUAL", required = true) Allocation allocation)
        implements Serializable {

    /** How scanners are shared out among the ports. */
    public enum Allocation {
        LATAM_CONTAINERS, CONTAINERS, EQUAL
    }

    /** Whole scanners the money buys. */
    public int scanners() {
        return (int) Math.floor(budgetEur * scannerShare / scannerCostEur + 1e-9);
    }

    /** Scanners per port, in the order of {@link #ports()}: shares of the key, rounded by largest remainders. */
    public int[] shareOut(List<Port> at) {
        double[] key = new double[at.size()];
        for (int i = 0; i < key.length; i++) {
            Port p = at.get(i);
            key[i] = switch (allocation) {
                case LATAM_CONTAINERS -> p.latamContainersPerDay();
                case CONTAINERS -> p.containersPerDay();
                case EQUAL -> 1;
            };
        }
        return LargestRemainders.of(scanners(), key);
    }
}
