package portshift.scenario;

import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The model's records as a scenario file writes them, for code that writes scenario files: each set field under the
 * name the file gives it, read from the record's own components as the binder, the validation and the schema read
 * them. A lever is then named by its record (its accessor, its {@code with...} method), never by a key typed again:
 * renaming a component renames it in the files written, and a misspelt lever does not compile.
 */
public final class ScenarioTree {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private ScenarioTree() {
    }

    /** A record's set fields (null ones are left out, as a file leaves them out), in the order of its components. */
    public static ObjectNode of(Record record) {
        ObjectNode out = NODES.objectNode();
        for (RecordTypes.Component c : RecordTypes.components(record.getClass())) {
            Object value = c.valueIn(record);
            if (value != null) {
                out.set(c.name(), node(value));
            }
        }
        return out;
    }

    /**
     * The name a file gives the one field a change sets, such as {@code scanners} for
     * {@code PortControls.NONE.withScanners(0)}.
     */
    public static String field(Record change) {
        Iterator<String> names = of(change).fieldNames();
        String name = names.hasNext() ? names.next() : null;
        if (name == null || names.hasNext()) {
            throw new IllegalArgumentException("expected a change of one field, found " + of(change));
        }
        return name;
    }

    /** A part of a scenario the loader has already read and checked, bound to its record. */
    public static <T extends Record> T read(JsonNode tree, Class<T> type) {
        return ScenarioBinder.bindChecked(tree, type);
    }

    /**
     * Writes into a file's tree what a record's new value changes, and nothing else: a field whose value differs is
     * set at its place (within records and maps of records, field by field), so that every other value stays as the
     * file wrote it.
     *
     * @param tree   the file's tree of the record's old value
     * @param before the old value, as bound from the tree
     * @param after  the new value
     */
    public static void overlay(ObjectNode tree, Record before, Record after) {
        for (RecordTypes.Component c : RecordTypes.components(before.getClass())) {
            Object was = c.valueIn(before);
            Object now = c.valueIn(after);
            if (Objects.equals(was, now)) {
                continue;
            }
            JsonNode child = tree.get(c.name());
            if (was instanceof Record r && now instanceof Record s && child instanceof ObjectNode o) {
                overlay(o, r, s);
            } else if (was instanceof Map<?, ?> m && now instanceof Map<?, ?> n && child instanceof ObjectNode o) {
                for (Map.Entry<?, ?> e : n.entrySet()) {
                    String key = e.getKey().toString();
                    Object old = m.get(e.getKey());
                    if (old instanceof Record r && e.getValue() instanceof Record s && o.get(key) instanceof ObjectNode p) {
                        overlay(p, r, s);
                    } else if (!Objects.equals(old, e.getValue())) {
                        o.set(key, node(e.getValue()));
                    }
                }
            } else {
                tree.set(c.name(), now == null ? NODES.nullNode() : node(now));
            }
        }
    }

    private static JsonNode node(Object value) {
        if (value instanceof Record r) {
            return of(r);
        }
        if (value instanceof Map<?, ?> map) {
            ObjectNode out = NODES.objectNode();
            map.forEach((k, v) -> out.set(k.toString(), v == null ? NODES.nullNode() : node(v)));
            return out;
        }
        if (value instanceof List<?> list) {
            ArrayNode out = NODES.arrayNode();
            list.forEach(v -> out.add(v == null ? NODES.nullNode() : node(v)));
            return out;
        }
        if (value instanceof Integer i) {
            return NODES.numberNode(i);
        }
        if (value instanceof Long l) {
            return NODES.numberNode(l);
        }
        if (value instanceof Double d) {
            return NODES.numberNode(d);
        }
        if (value instanceof Boolean b) {
            return NODES.booleanNode(b);
        }
        if (value instanceof Enum<?> e) {
            return NODES.textNode(e.name());
        }
        if (value instanceof String || value instanceof LocalDate) {
            return NODES.textNode(value.toString());
        }
        if (value instanceof JsonNode n) {
            return n.deepCopy();
        }
        throw new IllegalArgumentException("no scenario value for a " + value.getClass().getSimpleName());
    }
}
