package portshift.model;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** An immutable description of the port network, from which each run builds its own {@link World}. */
public record WorldSpec(List<PortSpec> ports, List<RouteSpec> routes, List<ProducerSpec> producers)
        implements Serializable {
    public WorldSpec {
        ports = List.copyOf(ports);
        routes = List.copyOf(routes);
        producers = List.copyOf(producers);
    }

    /** Builds fresh, mutable ports, routes and producers. Unknown port ids are an error. */
    public World build() {
        List<Port> built = new ArrayList<>();
        Map<String, Port> byId = new HashMap<>();
        double[] latam = new double[ports.size()];
        for (PortSpec spec : ports) {
            Port port = new Port(built.size(), spec);
            if (byId.put(port.id(), port) != null) {
                throw new IllegalArgumentException("duplicate port id " + port.id());
            }
            latam[port.index()] = spec.latamContainersPerDay();
            built.add(port);
        }
        List<Route> builtRoutes = new ArrayList<>();
        for (RouteSpec r : routes) {
            Port hub = r.hub() == null ? null : find(byId, r.hub());
            builtRoutes.add(new Route(builtRoutes.size(), find(byId, r.origin()), hub,
                    find(byId, r.destination()), r.sailingDays(), r.daysToHub()));
        }
        List<Producer> builtProducers = new ArrayList<>();
        for (ProducerSpec p : producers) {
            List<LandLink> links = new ArrayList<>();
            for (ProducerSpec.Link l : p.links()) {
                links.add(new LandLink(find(byId, l.port()), l.costUsdPerKg(), l.days(), l.label()));
            }
            builtProducers.add(new Producer(p.id(), p.supplyKgPerYear(), p.priceUsdPerKg(), links));
        }
        return new World(built, builtRoutes, builtProducers, latam);
    }

    private static Port find(Map<String, Port> byId, String id) {
        Port p = byId.get(id);
        if (p == null) {
            throw new IllegalArgumentException("unknown port id " + id);
        }
        return p;
    }
}
