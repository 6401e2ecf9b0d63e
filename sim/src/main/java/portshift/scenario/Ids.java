package portshift.scenario;

import java.util.Map;
import java.util.Set;

import portshift.model.PortRole;

/** Checks that port and producer ids exist, suggesting the nearest id for a misspelling. */
final class Ids {
    private final Fields f;
    private final Map<String, Sections.PortFacts> ports;
    private final Set<String> producers;

    Ids(Fields f, Map<String, Sections.PortFacts> ports, Map<String, Sections.ProducerFacts> producers) {
        this.f = f;
        this.ports = ports;
        this.producers = producers == null ? Set.of() : producers.keySet();
    }

    Map<String, Sections.PortFacts> ports() {
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
        Sections.PortFacts facts = ports.get(id);
        PortRole actual = facts == null ? null : facts.role();
        if (actual != null && actual != role) {
            f.problem(path, "expected " + article(role) + " " + role + " port, found " + id + " (" + actual + ")");
            return false;
        }
        return actual != null;
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
