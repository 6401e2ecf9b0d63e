package portshift.cli;

import java.util.List;

import portshift.model.ModelConfig;
import portshift.model.RouteSpec;

/** Whether two configurations share one world: the same ports with the same roles, and the same routes. */
final class SameWorld {
    private SameWorld() {
    }

    /** A description of the first difference, or null when the worlds match. */
    static String difference(ModelConfig a, ModelConfig b) {
        List<String> portsA = a.world().ports().stream().map(p -> p.id() + ":" + p.role()).toList();
        List<String> portsB = b.world().ports().stream().map(p -> p.id() + ":" + p.role()).toList();
        if (!portsA.equals(portsB)) {
            return "their ports differ (" + describe(portsA, portsB) + ")";
        }
        List<String> routesA = a.world().routes().stream().map(SameWorld::route).toList();
        List<String> routesB = b.world().routes().stream().map(SameWorld::route).toList();
        if (!routesA.equals(routesB)) {
            return "their routes differ (" + describe(routesA, routesB) + ")";
        }
        if (!a.start().equals(b.start()) || a.days() != b.days() || a.warmupDays() != b.warmupDays()) {
            return "their calendars differ (start, days or warmup_days)";
        }
        return null;
    }

    private static String route(RouteSpec r) {
        return r.origin() + ">" + (r.hub() == null ? "" : r.hub() + ">") + r.destination();
    }

    private static String describe(List<String> a, List<String> b) {
        for (String x : a) {
            if (!b.contains(x)) {
                return x + " only in A";
            }
        }
        for (String x : b) {
            if (!a.contains(x)) {
                return x + " only in B";
            }
        }
        return "same items in another order";
    }
}
