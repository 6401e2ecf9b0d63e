package portshift.scenario;

import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import portshift.model.Doc;

/**
 * The field reference table of {@code docs/scenarios.md}, generated like the JSON Schema from the
 * {@link Scenario} records and their {@link Doc} declarations, with each field's default from the
 * baseline.
 */
public final class FieldReference {
    private FieldReference() {
    }

    /** Every field as a row of the reference table: path, type, unit, range, meaning. */
    public static List<String[]> reference() {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"extends", "text", "", "", "a scenario file this one builds on, relative to this file"});
        walk(Scenario.class, "", false, rows);
        return rows;
    }

    /** Rows for a record's fields; inside a change section nothing is required. */
    private static void walk(Class<?> record, String prefix, boolean change, List<String[]> rows) {
        for (RecordComponent c : record.getRecordComponents()) {
            String path = prefix + RecordTypes.snake(c.getName());
            Doc doc = c.getAnnotation(Doc.class);
            boolean inChange = change || doc != null && doc.change();
            Type type = c.getGenericType();
            Class<?> raw = RecordTypes.raw(type);
            Keys keys = c.getAnnotation(Keys.class);
            rows.add(new String[] {path, describe(type, c.getName(), keys), doc == null ? "" : doc.unit(), rangeOf(doc, type),
                    (doc == null ? "" : doc.value()) + (doc != null && doc.required() && !change ? " (required)" : "")});
            if (raw.isRecord()) {
                walk(raw, path + ".", inChange, rows);
            } else if (List.class.isAssignableFrom(raw) && RecordTypes.raw(RecordTypes.argument(type, 0)).isRecord()) {
                walk(RecordTypes.raw(RecordTypes.argument(type, 0)), path + "[].", inChange, rows);
            } else if (Map.class.isAssignableFrom(raw) && RecordTypes.raw(RecordTypes.argument(type, 1)).isRecord()) {
                Class<?> key = RecordTypes.raw(RecordTypes.argument(type, 0));
                String placeholder = key.isEnum() ? "<" + key.getSimpleName() + ">" : keys != null ? "<KEY>" : "<ID>";
                walk(RecordTypes.raw(RecordTypes.argument(type, 1)), path + "." + placeholder + ".", inChange, rows);
            }
        }
    }

    private static String describe(Type type, String name, Keys keys) {
        if ("at".equals(name)) {
            return "date or day";
        }
        Class<?> raw = RecordTypes.raw(type);
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
            return "list of " + describe(RecordTypes.argument(type, 0), "", null);
        }
        if (Map.class.isAssignableFrom(raw)) {
            Class<?> key = RecordTypes.raw(RecordTypes.argument(type, 0));
            String keyed = key.isEnum() ? key.getSimpleName() : keys != null ? keys.value() : "id";
            return "map " + keyed + " -> " + describe(RecordTypes.argument(type, 1), "", null);
        }
        return "section";
    }

    /** A number's range; a date's; the most characters of a text, or of each text in a list. */
    private static String rangeOf(Doc doc, Type type) {
        Class<?> raw = RecordTypes.raw(type);
        if (raw == LocalDate.class) {
            return Dates.FIRST + " to " + Dates.LAST;
        }
        boolean texts = List.class.isAssignableFrom(raw) && RecordTypes.argument(type, 0) == String.class;
        if (raw == String.class || texts) {
            return (texts ? "each " : "") + "<= " + (doc == null ? Doc.MAX_TEXT : doc.maxLength()) + " characters";
        }
        if (doc == null || doc.min() == Double.NEGATIVE_INFINITY && doc.max() == Double.POSITIVE_INFINITY) {
            return "";
        }
        String min = doc.min() == Double.NEGATIVE_INFINITY ? "" : RecordTypes.fmt(doc.min());
        String max = doc.max() == Double.POSITIVE_INFINITY ? "" : RecordTypes.fmt(doc.max());
        return max.isEmpty() ? ">= " + min : "[" + min + ", " + max + "]";
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
