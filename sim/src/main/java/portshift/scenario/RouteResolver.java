package portshift.scenario;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import portshift.model.PortRole;
import portshift.model.RouteSpec;

/**
 * Expands route groups (every from × to, optionally via one hub) into routes. The days to the hub
 * are the route's days split in proportion to great-circle distance.
 */
final class RouteResolver {
    private static final double EARTH_RADIUS_KM = 6371;
    private final Fields f;
    private final Map<String, Sections.PortFacts> facts;

    RouteResolver(Fields f, Map<String, Sections.PortFacts> facts) {
        this.f = f;
        this.facts = facts;
    }

    List<RouteSpec> resolve(List<Sections.RouteGroup> groups) {
        List<RouteSpec> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int g = 0; g < groups.size(); g++) {
            String at = "world.routes[" + g + "]";
            Sections.RouteGroup group = f.required(groups.get(g), at);
            int days = f.count(group.days(), at + ".days", 1);
            if (group.via() != null) {
                role(group.via(), PortRole.HUB, at + ".via");
            }
            List<String> from = f.required(group.from(), at + ".from");
            List<String> to = f.required(group.to(), at + ".to");
            for (int i = 0; i < from.size(); i++) {
                role(from.get(i), PortRole.EXPORT, at + ".from[" + i + "]");
            }
            for (int j = 0; j < to.size(); j++) {
                role(to.get(j), PortRole.IMPORT, at + ".to[" + j + "]");
            }
            for (String o : from) {
                for (String d : to) {
                    String key = o + ">" + group.via() + ">" + d;
                    if (!seen.add(key)) {
                        throw f.error(at, "route " + o + (group.via() == null ? "" : " via " + group.via()) + " to " + d
                                + " is listed twice");
                    }
                    int toHub = group.via() == null ? 0 : daysToHub(o, group.via(), d, days);
                    out.add(new RouteSpec(o, group.via(), d, days, toHub));
                }
            }
        }
        return out;
    }

    private void role(String id, PortRole expected, String path) {
        Sections.PortFacts p = facts.get(id);
        if (p == null) {
            throw f.error(path, "unknown port id '" + id + "'" + Suggest.didYouMean(String.valueOf(id), facts.keySet()));
        }
        if (p.role() != expected) {
            throw f.error(path, "expected a port with role " + expected + ", found " + id + " (" + p.role() + ")");
        }
    }

    private int daysToHub(String origin, String hub, String destination, int days) {
        double first = distanceKm(facts.get(origin), facts.get(hub));
        double second = distanceKm(facts.get(hub), facts.get(destination));
        return (int) Math.round(days * first / (first + second));
    }

    static double distanceKm(Sections.PortFacts a, Sections.PortFacts b) {
        double la1 = Math.toRadians(a.lat());
        double la2 = Math.toRadians(b.lat());
        double dLat = la2 - la1;
        double dLon = Math.toRadians(b.lon() - a.lon());
        double h = Math.sin(dLat / 2) * Math.sin(dLat / 2) + Math.cos(la1) * Math.cos(la2) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.sqrt(h));
    }
}
