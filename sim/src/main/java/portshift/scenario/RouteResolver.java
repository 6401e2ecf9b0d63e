package portshift.scenario;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import portshift.model.PortFacts;
import portshift.model.PortRole;
import portshift.model.RouteSpec;

/**
 * Expands route groups (every from × to, optionally via one hub) into routes. The days to the hub
 * are the route's days split in proportion to great-circle distance.
 */
final class RouteResolver {
    private static final double EARTH_RADIUS_KM = 6371;
    private final Fields f;
    private final Ids ids;

    RouteResolver(Fields f, Ids ids) {
        this.f = f;
        this.ids = ids;
    }

    List<RouteSpec> resolve(List<Sections.RouteGroup> groups) {
        List<RouteSpec> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int g = 0; groups != null && g < groups.size(); g++) {
            String at = "world.routes[" + g + "]";
            Sections.RouteGroup group = f.required(groups.get(g), at);
            if (group == null) {
                continue;
            }
            int days = f.whole(group.days(), at + ".days");
            boolean ok = group.via() == null || ids.port(group.via(), at + ".via", PortRole.HUB);
            List<String> from = ports(group.from(), at + ".from", PortRole.EXPORT);
            List<String> to = ports(group.to(), at + ".to", PortRole.IMPORT);
            if (!ok) {
                continue;
            }
            for (String o : from) {
                for (String d : to) {
                    if (!seen.add(o + ">" + group.via() + ">" + d)) {
                        f.problem(at, "the route " + o + (group.via() == null ? "" : " via " + group.via()) + " to " + d
                                + " is listed twice");
                        continue;
                    }
                    int toHub = group.via() == null ? 0 : daysToHub(o, group.via(), d, days);
                    out.add(new RouteSpec(o, group.via(), d, days, toHub));
                }
            }
        }
        return out;
    }

    private List<String> ports(List<String> ids, String path, PortRole role) {
        List<String> out = new ArrayList<>();
        if (ids == null) {
            return out;
        }
        if (ids.isEmpty()) {
            f.problem(path, "expected at least one port");
        }
        for (int i = 0; i < ids.size(); i++) {
            if (this.ids.port(ids.get(i), path + "[" + i + "]", role)) {
                out.add(ids.get(i));
            }
        }
        return out;
    }

    private int daysToHub(String origin, String hub, String destination, int days) {
        double first = distanceKm(ids.ports().get(origin), ids.ports().get(hub));
        double second = distanceKm(ids.ports().get(hub), ids.ports().get(destination));
        return first + second > 0 ? (int) Math.round(days * first / (first + second)) : days / 2;
    }

    static double distanceKm(PortFacts a, PortFacts b) {
        if (a == null || b == null || a.lat() == null || a.lon() == null || b.lat() == null || b.lon() == null) {
            return 0;
        }
        double la1 = Math.toRadians(a.lat());
        double la2 = Math.toRadians(b.lat());
        double dLat = la2 - la1;
        double dLon = Math.toRadians(b.lon() - a.lon());
        double h = Math.sin(dLat / 2) * Math.sin(dLat / 2)
                + Math.cos(la1) * Math.cos(la2) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.sqrt(h));
    }
}
