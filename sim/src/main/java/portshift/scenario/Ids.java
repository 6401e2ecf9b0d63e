package portshift.scenario;

import java.util.List;
import java.util.Map;
import java.util.Set;

import portshift.model.PortFacts;
import portshift.model.PortRole;

/** Checks that port and producer ids exist, suggesting the nearest id for a misspelling. */
final class Ids {
    private final Fields f;
    private final Map<String, PortFacts> ports;
    private final Set<String> producers;

    Ids(Fields f, Map<String, PortFacts> ports, Map<String, Sections.ProducerFacts> producers) {
        this.f = f;
        this.ports = ports;
        this.producers = producers == null ? Set.of() : producers.keySet();
    }

    Map<String, PortFacts> ports() {
        return ports;
    }

    /** Whether the port exists, recording a mistake if not. */
    boolean port(String id, String path) {
        if (id == null || ports == null || !ports.containsKey(id)) {
            f.problem(path, "unknown port '" + id + "'" + (id == null ? "" : Suggest.didYouMean(id, ports.keySet())));
            return false;
        }
        return true;
    }

    /** Whether the port exists and has the role, recording a mistake if not. */
    boolean port(String id, String path, PortRole role) {
        if (!port(id, path)) {
            return false;
        }
        PortFacts facts = ports.get(id);
        PortRole actual = facts == null ? null : facts.role();
        if (actual != null && actual != role) {
            f.problem(path, "expected " + article(role) + " " + role + " port, found " + id + " (" + actual + ")");
            return false;
        }
        return actual != null;
    }

    /** Checks a list of alliance members: each must be an import port. */
    void members(List<String> members, String path) {
        for (int i = 0; members != null && i < members.size(); i++) {
            port(members.get(i), path + "[" + i + "]", PortRole.IMPORT);
        }
    }

    boolean producer(String id, String path) {
        if (!producers.contains(id)) {
            f.problem(path, "unknown producer '" + id + "'" + Suggest.didYouMean(id, producers)
                    + "; producers are " + String.join(", ", producers));
            return false;
        }
        return true;
    }

    private static String article(PortRole role) {
        return role == PortRole.IMPORT || role == PortRole.EXPORT ? "an" : "a";
    }
}
