package portshift.scenario;

import java.lang.reflect.Type;
import java.util.List;
import java.util.Map;

/**
 * The declared type of the field a path names, read from the {@link Scenario} records as the schema is: a field is a
 * whole number when its record declares it Integer (scanners, officers, organisations, days), whatever the file
 * writes there. A share written as {@code 0} or a tonnage written as {@code 2032} is still a number, and an uncertain
 * range over it is sampled as one.
 */
final class FieldTypes {
    private FieldTypes() {
    }

    /**
     * Whether the field at the path is declared a whole number; a path the records do not describe falls back on how
     * the tree writes the value.
     *
     * @param path a field path with list positions ({@code interventions[0].ports.ANTWERP.scanners}), as
     *             {@link ScenarioPaths#resolve} gives it
     */
    static boolean whole(String path, com.fasterxml.jackson.databind.JsonNode tree) {
        Type type = typeAt(path);
        if (type == null) {
            return ScenarioPaths.whole(tree, path);
        }
        Class<?> raw = RecordTypes.raw(type);
        return raw == Integer.class || raw == Long.class;
    }

    /** The declared type at the path, or null where the records say nothing of it. */
    static Type typeAt(String path) {
        Type type = Scenario.class;
        for (String part : path.split("\\.", -1)) {
            int bracket = part.indexOf('[');
            type = child(type, bracket < 0 ? part : part.substring(0, bracket));
            for (int i = bracket; type != null && i >= 0; i = part.indexOf('[', i + 1)) {
                type = List.class.isAssignableFrom(RecordTypes.raw(type)) ? RecordTypes.argument(type, 0) : null;
            }
            if (type == null) {
                return null;
            }
        }
        return type;
    }

    /** The type of a record's field by the name files give it, or of a map's values whatever the key. */
    private static Type child(Type type, String key) {
        Class<?> raw = RecordTypes.raw(type);
        if (raw.isRecord()) {
            for (RecordTypes.Component c : RecordTypes.components(raw)) {
                if (c.name().equals(key)) {
                    return c.component().getGenericType();
                }
            }
            return null;
        }
        if (Map.class.isAssignableFrom(raw)) {
            return RecordTypes.argument(type, 1);
        }
        return null;
    }
}
