package portshift.scenario;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Generates the JSON Schema of scenario files from the {@link Scenario} records and their
 * {@link Doc} annotations, and the field reference table of {@code docs/scenarios.md}. The schema
 * requires nothing, because a file that {@code extends} another may leave any field to its parent;
 * the program checks required fields after merging.
 */
public final class SchemaGenerator {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ID_PATTERN = "^[A-Z][A-Z0-9_]*$";

    private SchemaGenerator() {
    }

    /** The schema as pretty-printed JSON, ending with a newline. */
    public static String schemaJson() {
        ObjectNode root = JSON.createObjectNode();
        root.put("$schema", "http://json-schema.org/draft-07/schema#");
        root.put("title", "portshift scenario");
        root.put("description", "A portshift scenario file: the world, the uncertainties, the levers, dated interventions "
                + "and sweeps. Generated from the program's records; see docs/scenarios.md.");
        ObjectNode object = record(Scenario.class);
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

    private static ObjectNode record(Class<?> type) {
        ObjectNode node = JSON.createObjectNode();
        node.put("type", "object");
        ObjectNode properties = node.putObject("properties");
        for (RecordComponent c : type.getRecordComponents()) {
            ObjectNode field = type(c.getGenericType(), c.getAnnotation(Doc.class), c.getName());
            properties.set(snake(c.getName()), field);
        }
        node.put("additionalProperties", false);
        return node;
    }

    private static ObjectNode type(Type type, Doc doc, String name) {
        ObjectNode node = JSON.createObjectNode();
        if (doc != null) {
            node.put("description", doc.value() + (doc.unit().isEmpty() ? "" : " [" + doc.unit() + "]")
                    + (doc.required() ? " (required)" : ""));
        }
        Class<?> raw = raw(type);
        if ("at".equals(name)) {
            ArrayNode any = node.putArray("anyOf");
            any.addObject().put("type", "string").put("format", "date");
            any.addObject().put("type", "integer").put("minimum", 0);
            return node;
        }
        if (raw == String.class) {
            node.put("type", "string");
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
            node.set("items", type(argument(type, 0), elementDoc(doc), ""));
        } else if (Map.class.isAssignableFrom(raw)) {
            node.put("type", "object");
            Class<?> key = raw(argument(type, 0));
            ObjectNode value = type(argument(type, 1), elementDoc(doc), "");
            if (key.isEnum()) {
                ObjectNode properties = node.putObject("properties");
                for (Object k : key.getEnumConstants()) {
                    properties.set(k.toString(), value.deepCopy());
                }
                node.put("additionalProperties", false);
            } else {
                node.putObject("propertyNames").put("pattern", ID_PATTERN);
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

    /** The value type of a list or map inherits the container's range, not its description. */
    private static Doc elementDoc(Doc doc) {
        if (doc == null) {
            return null;
        }
        return new Doc() {
            @Override
            public String value() {
                return "";
            }

            @Override
            public String unit() {
                return "";
            }

            @Override
            public double min() {
                return doc.min();
            }

            @Override
            public double max() {
                return doc.max();
            }

            @Override
            public boolean required() {
                return false;
            }

            @Override
            public Class<? extends java.lang.annotation.Annotation> annotationType() {
                return Doc.class;
            }
        };
    }

    private static void range(ObjectNode node, Doc doc) {
        node.remove("description");
        if (doc == null) {
            return;
        }
        if (!doc.value().isEmpty()) {
            node.put("description", doc.value() + (doc.unit().isEmpty() ? "" : " [" + doc.unit() + "]")
                    + (doc.required() ? " (required)" : ""));
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

    static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p) {
            return (Class<?>) p.getRawType();
        }
        throw new IllegalStateException("unsupported type " + type);
    }

    static Type argument(Type type, int i) {
        return ((ParameterizedType) type).getActualTypeArguments()[i];
    }

    static String snake(String camel) {
        return new PropertyNamingStrategies.SnakeCaseStrategy().translate(camel);
    }

    /** Every field as a row of the reference table: path, type, unit, range, meaning. */
    public static List<String[]> reference() {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"extends", "text", "", "", "a scenario file this one builds on, relative to this file"});
        walk(Scenario.class, "", rows);
        return rows;
    }

    private static void walk(Class<?> record, String prefix, List<String[]> rows) {
        for (RecordComponent c : record.getRecordComponents()) {
            String path = prefix + snake(c.getName());
            Doc doc = c.getAnnotation(Doc.class);
            Type type = c.getGenericType();
            Class<?> raw = raw(type);
            rows.add(new String[] {path, describe(type, c.getName()), doc == null ? "" : doc.unit(), rangeOf(doc),
                    (doc == null ? "" : doc.value()) + (doc != null && doc.required() ? " (required)" : "")});
            if (raw.isRecord()) {
                walk(raw, path + ".", rows);
            } else if (List.class.isAssignableFrom(raw) && raw(argument(type, 0)).isRecord()) {
                walk(raw(argument(type, 0)), path + "[]."  , rows);
            } else if (Map.class.isAssignableFrom(raw) && raw(argument(type, 1)).isRecord()) {
                Class<?> key = raw(argument(type, 0));
                walk(raw(argument(type, 1)), path + "." + (key.isEnum() ? "<" + key.getSimpleName() + ">" : "<ID>") + ".", rows);
            }
        }
    }

    private static String describe(Type type, String name) {
        if ("at".equals(name)) {
            return "date or day";
        }
        Class<?> raw = raw(type);
        if (raw == String.class) {
            return "text";
        }
        if (raw == Integer.class) {
            return "whole number";
        }
        if (raw == Double.class) {
            return "number";
        }
        if (raw == Boolean.class) {
            return "true/false";
        }
        if (raw == LocalDate.class) {
            return "date";
        }
        if (raw.isEnum()) {
            return String.join(" / ", java.util.Arrays.stream(raw.getEnumConstants()).map(Object::toString).toList());
        }
        if (raw == JsonNode.class) {
            return "any";
        }
        if (List.class.isAssignableFrom(raw)) {
            return "list of " + describe(argument(type, 0), "");
        }
        if (Map.class.isAssignableFrom(raw)) {
            Class<?> key = raw(argument(type, 0));
            return "map " + (key.isEnum() ? key.getSimpleName() : "id") + " -> " + describe(argument(type, 1), "");
        }
        return "section";
    }

    private static String rangeOf(Doc doc) {
        if (doc == null || doc.min() == Double.NEGATIVE_INFINITY && doc.max() == Double.POSITIVE_INFINITY) {
            return "";
        }
        String min = doc.min() == Double.NEGATIVE_INFINITY ? "" : fmt(doc.min());
        String max = doc.max() == Double.POSITIVE_INFINITY ? "" : fmt(doc.max());
        return max.isEmpty() ? ">= " + min : "[" + min + ", " + max + "]";
    }

    private static String fmt(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.valueOf((long) v) : String.valueOf(v);
    }

    /**
     * The reference table as Markdown, with each field's value in the given default scenario (the
     * baseline), where it has a short one.
     */
    public static String referenceMarkdown(JsonNode defaults) {
        StringBuilder out = new StringBuilder("| field | type | unit | range | default | meaning |\n|---|---|---|---|---|---|\n");
        for (String[] r : reference()) {
            out.append("| `").append(r[0]).append("` | ").append(r[1].replace("|", "/")).append(" | ").append(r[2])
                    .append(" | ").append(r[3]).append(" | ").append("section".equals(r[1]) ? "" : defaultOf(defaults, r[0])).append(" | ").append(r[4])
                    .append(" |\n");
        }
        return out.toString();
    }

    /** A field's value in the defaults: a scalar, or "KEY value" pairs of a small map; blank otherwise. */
    static String defaultOf(JsonNode defaults, String path) {
        if (defaults == null || path.contains("[]")) {
            return "";
        }
        List<String> values = new ArrayList<>();
        collect(defaults, path.split("\\."), 0, "", values);
        if (values.isEmpty() || values.size() > 5) {
            return values.isEmpty() ? "" : "per " + (path.contains("<ID>") ? "id" : "key") + ", see baseline.yaml";
        }
        return String.join(", ", values);
    }

    private static void collect(JsonNode node, String[] parts, int i, String label, List<String> out) {
        if (node == null || node.isMissingNode() || node.isNull()) {
            return;
        }
        if (i == parts.length) {
            if (node.isValueNode()) {
                out.add((label.isEmpty() ? "" : label + " ") + node.asText().strip().replace('\n', ' ').replace("|", "/"));
            } else if (node.isObject() && node.size() <= 5) {
                node.fields().forEachRemaining(e -> {
                    if (e.getValue().isValueNode()) {
                        out.add((label.isEmpty() ? "" : label + " ") + e.getKey() + " " + e.getValue().asText());
                    }
                });
            } else if (node.isArray() && node.size() <= 12) {
                List<String> items = new ArrayList<>();
                node.forEach(n -> items.add(n.asText()));
                out.add("[" + String.join(", ", items) + "]");
            }
            return;
        }
        String part = parts[i];
        if (part.startsWith("<")) {
            node.fields().forEachRemaining(e -> collect(e.getValue(), parts, i + 1,
                    (label.isEmpty() ? "" : label + " ") + e.getKey(), out));
        } else {
            collect(node.get(part), parts, i + 1, label, out);
        }
    }
}
