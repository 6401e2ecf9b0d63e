package portshift.scenario;

import java.util.List;
import java.util.Map;
import java.util.Set;

import portshift.model.Alliance;
import portshift.model.Doc;
import portshift.model.PortFacts;
import portshift.model.PortRole;

/**
 * Checks that port and producer ids are well formed where they are defined and exist where they are
 * used, suggesting the nearest id for a misspelling. Ids name output columns, rows and files, so
 * they are short words of capital letters, digits and underscores.
 */
final class Ids {
    static final String PATTERN = Doc.ID_PATTERN;
    static final int MAX_LENGTH = Doc.MAX_ID;

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

    /** Checks the ids a section defines (the keys of world.ports or world.producers). */
    void defined(Set<String> defined, String path) {
        for (String id : defined) {
            if (id.length() > MAX_LENGTH || !id.matches(PATTERN)) {
                f.problem(path + "." + id, "expected an id of capital letters, digits and _, starting with a letter, at most "
                        + MAX_LENGTH + " characters (such as ANTWERP), found '" + Shown.value(id) + "'");
            }
        }
    }

    /** Whether the port exists, recording a mistake if not (unless the text itself was refused). */
    boolean port(String id, String path) {
        if (id == null || ports == null || !ports.containsKey(id)) {
            if (!f.problems().reportedHere(path)) {
                f.problem(path, "unknown port '" + Shown.value(id) + "'" + hint(id, ports == null ? Set.of() : ports.keySet()));
            }
            return false;
        }
        return true;
    }

    /** A suggestion's cost grows with the text's length; text longer than any id is no misspelling. */
    private static String hint(String given, Set<String> known) {
        return given == null || given.length() > MAX_LENGTH ? "" : Suggest.didYouMean(given, known);
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
        ports(members, path, PortRole.IMPORT);
    }

    /** Checks an alliance's ports: its members import ports, its intelligence exchange export ports. */
    void alliance(Alliance a, String path) {
        ports(a.members(), path + ".members", PortRole.IMPORT);
        ports(a.intelligenceExchange(), path + ".intelligence_exchange", PortRole.EXPORT);
    }

    /** Checks a list of port ids, each of the given role (any role if null). */
    void ports(List<String> ids, String path, PortRole role) {
        for (int i = 0; ids != null && i < ids.size(); i++) {
            String at = path + "[" + i + "]";
            if (role == null) {
                port(ids.get(i), at);
            } else {
                port(ids.get(i), at, role);
            }
        }
    }

    boolean producer(String id, String path) {
        if (!producers.contains(id)) {
            f.problem(path, "unknown producer '" + Shown.value(id) + "'" + hint(id, producers)
                    + "; producers are " + String.join(", ", producers));
            return false;
        }
        return true;
    }

    private static String article(PortRole role) {
        return role == PortRole.IMPORT || role == PortRole.EXPORT ? "an" : "a";
    }
}
