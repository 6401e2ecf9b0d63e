package portshift.model;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The port network: ports, sea routes and producers, with look-ups the agents need. */
public final class World implements Serializable {
    private static final long serialVersionUID = 1L;

    private final List<Port> ports;
    private final List<Route> routes;
    private final List<Producer> producers;
    private final Map<String, Port> portsById = new HashMap<>();
    private final List<List<Route>> routesFrom;
    private final List<List<Route>> routesThrough;

    /**
     * @param latamContainersPerDay for each port index, the legitimate containers per day it receives
     *                              from the modelled export ports; spread over the routes into it in
     *                              proportion to the origin's throughput
     */
    public World(List<Port> ports, List<Route> routes, List<Producer> producers, double[] latamContainersPerDay) {
        this.ports = List.copyOf(ports);
        this.routes = List.copyOf(routes);
        this.producers = List.copyOf(producers);
        routesFrom = new ArrayList<>();
        routesThrough = new ArrayList<>();
        for (int i = 0; i < ports.size(); i++) {
            Port p = ports.get(i);
            if (p.index() != i) {
                throw new IllegalArgumentException("port " + p.id() + " has index " + p.index() + ", expected " + i);
            }
            portsById.put(p.id(), p);
            routesFrom.add(new ArrayList<>());
            routesThrough.add(new ArrayList<>());
        }
        for (Route r : routes) {
            routesFrom.get(r.origin().index()).add(r);
            routesThrough.get(r.origin().index()).add(r);
            if (r.viaHub()) {
                routesThrough.get(r.hub().index()).add(r);
            }
            routesThrough.get(r.destination().index()).add(r);
        }
        spreadLegitimateFlow(latamContainersPerDay);
    }

    private void spreadLegitimateFlow(double[] latamContainersPerDay) {
        for (Port dest : ports) {
            double total = 0;
            List<Route> into = new ArrayList<>();
            for (Route r : routesThrough.get(dest.index())) {
                if (r.destination() == dest) {
                    into.add(r);
                    total += r.origin().teuMillionsPerYear();
                }
            }
            for (Route r : into) {
                double share = total > 0 ? r.origin().teuMillionsPerYear() / total : 0;
                r.setLegitContainersPerDay(latamContainersPerDay[dest.index()] * share);
            }
        }
    }

    public List<Port> ports() { return ports; }
    public List<Route> routes() { return routes; }
    public List<Producer> producers() { return producers; }

    /** The port with this id, or null. */
    public Port port(String id) {
        return portsById.get(id);
    }

    public List<Route> routesFrom(Port origin) {
        return Collections.unmodifiableList(routesFrom.get(origin.index()));
    }

    /** Routes that call at this port as origin, hub or destination. */
    public List<Route> routesThrough(Port port) {
        return Collections.unmodifiableList(routesThrough.get(port.index()));
    }
}
