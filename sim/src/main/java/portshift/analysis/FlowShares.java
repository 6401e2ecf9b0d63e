package portshift.analysis;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import portshift.model.PortMeasure;
import portshift.observe.PortMonth;

/**
 * Where the kilograms sent to Europe went, as shares of all kg sent to European ports after the
 * warm-up: the displacement measures of a comparison, each defined once here and used by the
 * comparison, the batch summaries, the explorations and the pattern checks alike.
 */
public final class FlowShares {
    /**
     * The stated screening rate under which a port counts as lightly controlled in a month: 4% of its
     * containers. An assumption (no agreed threshold exists); the pattern check also judges 2% and 6%.
     */
    public static final double LOW_SCREENING = 0.04;

    private FlowShares() {
    }

    /** Share of the kg sent to European ports that went to a port screening under the bound that month. */
    public static double belowScreening(List<PortMonth> ports, double bound) {
        return share(ports, m -> screened(m) < bound);
    }

    /** Share of the kg sent to European ports that went to ports outside the given members. */
    public static double outside(List<PortMonth> ports, Set<String> members) {
        return share(ports, m -> !members.contains(m.port()));
    }

    /** Share of the kg sent to European ports that went to the ports given (for instance a country's). */
    public static double through(List<PortMonth> ports, Set<String> portIds) {
        return share(ports, m -> portIds.contains(m.port()));
    }

    /** The share of its containers a port screened in a month (0 if it handled none). */
    static double screened(PortMonth m) {
        return m.get(PortMeasure.CONTAINERS_HANDLED) > 0 ? m.get(PortMeasure.CONTAINERS_SCREENED) / m.get(PortMeasure.CONTAINERS_HANDLED) : 0;
    }

    private static double share(List<PortMonth> ports, Predicate<PortMonth> counted) {
        double part = 0;
        double all = 0;
        for (PortMonth m : ports) {
            if (m.reported() && "EUROPE".equals(m.region())) {
                all += m.get(PortMeasure.ATTEMPTED_KG);
                if (counted.test(m)) {
                    part += m.get(PortMeasure.ATTEMPTED_KG);
                }
            }
        }
        return all > 0 ? part / all : 0;
    }
}
