package portshift.model;

import java.util.ArrayList;
import java.util.List;

/**
 * The legitimate containers passing a port's inspection by risk class, summed route by route in the world's
 * order. A route's class depends only on its other end as customs see it: at an import port or hub its origin
 * (risk country, flagged by intelligence); at an export port its destination (every Europe-bound container is
 * risk, and flagged when intelligence from the destination names it). The sums are redone only on a day when some
 * other end changes class; on other days they are the sums of the day before, unchanged. Derived from the world,
 * so customs rebuild it after a checkpoint.
 */
final class ScreeningFlows {
    /** Other ends whose classes fit in one key, two bits each; beyond that the sums are redone daily. */
    private static final int KEYED_ORIGINS = 31;

    private final int port;
    private final boolean export;
    /** The indices of the routes' other ends: origins at an import port or hub, destinations at an export port. */
    private final int[] origins;
    private final int[] classes;
    /** Per route through the port: the slot of its origin in origins, and its flow. */
    private final int[] slot;
    private final double[] flow;
    private long summedKey = -1;

    ScreeningFlows(Port port, World world) {
        this.port = port.index();
        this.export = port.role() == PortRole.EXPORT;
        List<Route> through = world.routesThrough(port);
        List<Port> distinct = new ArrayList<>();
        slot = new int[through.size()];
        flow = new double[through.size()];
        for (int k = 0; k < slot.length; k++) {
            Port end = export ? through.get(k).destination() : through.get(k).origin();
            if (!distinct.contains(end)) {
                distinct.add(end);
            }
            slot[k] = distinct.indexOf(end);
            flow[k] = through.get(k).legitContainersPerDay();
        }
        origins = distinct.stream().mapToInt(Port::index).toArray();
        classes = new int[origins.length];
    }

    /**
     * Leaves in flows today's containers per day of each risk class, except {@link Customs#PLAIN},
     * which the caller sets from the port's total. Only this object may write flows between calls.
     */
    void sum(double[] flows, PortshiftModel model, long today) {
        Intelligence intelligence = model.intelligence();
        long key = 0;
        for (int s = 0; s < origins.length; s++) {
            boolean risk = export || model.isRiskPort(origins[s]);
            boolean intel = intelligence.isFlagged(port, origins[s], today);
            classes[s] = Customs.riskClass(risk, intel);
            key = key << 2 | classes[s];
        }
        boolean keyed = origins.length <= KEYED_ORIGINS;
        if (keyed && key == summedKey) {
            return;
        }
        java.util.Arrays.fill(flows, 0);
        for (int k = 0; k < slot.length; k++) {
            flows[classes[slot[k]]] += flow[k];
        }
        summedKey = keyed ? key : -1;
    }
}
