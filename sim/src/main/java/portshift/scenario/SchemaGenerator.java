package portshift.scenario;

import java.lang.reflect.Proxy;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import portshift.model.Doc;

/**
 * Generates the JSON Schema of scenario files from the {@link Scenario} records and their
 * {@link Doc} declarations (the field reference of {@code docs/scenarios.md} is {@link FieldReference}). The schema
 * requires nothing, because a file that {@code extends} another may leave any field to its parent;
 * the program checks required fields after merging.
 */
public final class SchemaGenerator {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** How deep the walk is inside sections declared as changes, where nothing is required. */
    private int changes;

    private SchemaGenerator() {
    }

    /** The schema as pretty-printed JSON, ending with a newline. */
    public static String schemaJson() {
        ObjectNode root = JSON.createObjectNode();
        root.put("$schema", "http://json-schema.org/draft-07/schema#");
        root.put("title", "portshift scenario");
        root.put("description", "A portshift scenario file: the world, the uncertainties, the levers, dated interventions "
                + "and sweeps. Generated from the program's records; see docs/scenarios.md.");
        ObjectNode object = new SchemaGenerator().record(Scenario.class);
        ObjectNode extendsField = JSON.createObjectNode();
        extendsField.put("type", "string");
        extendsField.put("description", "a scenario file this one builds on, as a path relative to this file");
        ObjectNode properties = JSON.createObjectNode();
        properties.set("extends", extendsField);
        properties.setAll((ObjectNode) object.get("properties"));
        root.put("type", "object");
        root.set("properties", properties);
        root.put("additionalProperties", false);
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"));
        try {
            return JSON.writer(printer).writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private ObjectNode record(Class<?> type) {
        ObjectNode node = JSON.createObjectNode();
        node.put("type", "object");
        ObjectNode properties = node.putObject("properties");
        for (RecordComponent c : type.getRecordComponents()) {
            Doc doc = c.getAnnotation(Doc.class);
            boolean change = doc != null && doc.change();
            changes += change ? 1 : 0;
            ObjectNode field = type(c.getGenericType(), doc, c.getName(), c.getAnnotation(Keys.class));
            changes -= change ? 1 : 0;
            properties.set(RecordTypes.snake(c.getName()), field);
        }
        node.put("additionalProperties", false);
        return node;
    }

    /** @param keys what the keys of a map field are, where they are not ids; null for ids and for any other field */
    private ObjectNode type(Type type, Doc doc, String name, Keys keys) {
        ObjectNode node = JSON.createObjectNode();
        if (doc != null) {
            node.put("description", doc.value() + (doc.unit().isEmpty() ? "" : " [" + doc.unit() + "]")
                    + (doc.required() && changes == 0 ? " (required)" : ""));
        }
        Class<?> raw = RecordTypes.raw(type);
        if ("at".equals(name)) {
            ArrayNode any = node.putArray("anyOf");
            any.addObject().put("type", "string").put("format", "date");
            any.addObject().put("type", "integer").put("minimum", 0);
            return node;
        }
        if (raw == String.class) {
            node.put("type", "string");
            node.put("maxLength", doc == null ? Doc.MAX_TEXT : doc.maxLength());
        } else if (raw == Integer.class || raw == Long.class) {
            node.put("type", "integer");
            range(node, doc);
        } else if (raw == Double.class) {
            node.put("type", "number");
            range(node, doc);
        } else if (raw == Boolean.class) {
            node.put("type", "boolean");
        } else if (raw == LocalDate.class) {
            node.put("type", "string");
            node.put("format", "date");
        } else if (raw.isEnum()) {
            ArrayNode values = node.putArray("enum");
            for (Object v : raw.getEnumConstants()) {
                values.add(v.toString());
            }
        } else if (raw == JsonNode.class) {
            return node;
        } else if (List.class.isAssignableFrom(raw)) {
            node.put("type", "array");
            node.set("items", type(RecordTypes.argument(type, 0), elementDoc(doc), "", null));
        } else if (Map.class.isAssignableFrom(raw)) {
            node.put("type", "object");
            Class<?> key = RecordTypes.raw(RecordTypes.argument(type, 0));
            ObjectNode value = type(RecordTypes.argument(type, 1), elementDoc(doc), "", null);
            if (key.isEnum()) {
                ObjectNode properties = node.putObject("properties");
                for (Object k : key.getEnumConstants()) {
                    properties.set(k.toString(), value.deepCopy());
                }
                node.put("additionalProperties", false);
            } else if (keys != null) {
                // field paths and names: the program asks only that a key be short text
                node.putObject("propertyNames").put("maxLength", TextRule.MAX_KEY);
                node.set("additionalProperties", value);
            } else {
                node.putObject("propertyNames").put("pattern", Ids.PATTERN).put("maxLength", Ids.MAX_LENGTH);
                node.set("additionalProperties", value);
            }
        } else if (raw.isRecord()) {
            ObjectNode record = record(raw);
            record.setAll(node);
            return record;
        } else {
            throw new IllegalStateException("no schema for " + type);
        }
        return node;
    }

    /**
     * The value type of a list or map inherits the container's range and text bound, not its
     * description, unit or requirement.
     */
    private static Doc elementDoc(Doc doc) {
        if (doc == null) {
            return null;
        }
        return (Doc) Proxy.newProxyInstance(Doc.class.getClassLoader(), new Class<?>[] {Doc.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "value", "unit" -> "";
                    case "required", "change" -> false;
                    default -> method.invoke(doc, args);
                });
    }

    private void range(ObjectNode node, Doc doc) {
        node.remove("description");
        if (doc == null) {
            return;
        }
        if (!doc.value().isEmpty()) {
            node.put("description", doc.value() + (doc.unit().isEmpty() ? "" : " [" + doc.unit() + "]")
                    + (doc.required() && changes == 0 ? " (required)" : ""));
        }
        if (doc.min() != Double.NEGATIVE_INFINITY) {
            put(node, "minimum", doc.min());
        }
        if (doc.max() != Double.POSITIVE_INFINITY) {
            put(node, "maximum", doc.max());
        }
    }

    private static void put(ObjectNode node, String key, double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            node.put(key, (long) v);
        } else {
            node.put(key, v);
        }
    }
}
