package portshift.scenario;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Reads a scenario file (YAML, or JSON) and the files it {@code extends}, merges them (maps merge
 * deeply, lists replace) and binds the result to a {@link Scenario}.
 */
public final class ScenarioLoader {
    /** Largest scenario file read, in bytes. */
    static final int MAX_BYTES = 2_000_000;

    private final ObjectMapper yaml;

    public ScenarioLoader() {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(50);
        options.setAllowRecursiveKeys(false);
        options.setCodePointLimit(MAX_BYTES);
        yaml = new ObjectMapper(YAMLFactory.builder().loaderOptions(options).build());
        yaml.setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);
        yaml.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        yaml.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
        yaml.registerModule(new JavaTimeModule());
    }

    /** Loads, merges and binds a scenario file. Any mistake is a {@link ScenarioException}. */
    public Scenario load(Path file) {
        return bind(file, tree(file, new ArrayList<>()));
    }

    /** Binds a merged tree to a {@link Scenario}. */
    Scenario bind(Path file, JsonNode merged) {
        try {
            return yaml.treeToValue(merged, Scenario.class);
        } catch (JsonMappingException e) {
            throw ScenarioException.at(file.toString(), pathOf(e), describe(e));
        } catch (JsonProcessingException e) {
            throw ScenarioException.at(file.toString(), null, e.getOriginalMessage());
        }
    }

    /** The merged tree of a file and its ancestors, without the {@code extends} keys. */
    JsonNode tree(Path file, List<Path> chain) {
        Path normal = file.toAbsolutePath().normalize();
        if (chain.contains(normal)) {
            throw ScenarioException.at(file.toString(), "extends", "inheritance cycle: " + chain + " -> " + normal);
        }
        chain.add(normal);
        JsonNode node = read(file);
        if (!(node instanceof ObjectNode object)) {
            throw ScenarioException.at(file.toString(), null, "expected a mapping of sections at the top level");
        }
        JsonNode parent = object.remove("extends");
        if (parent == null) {
            return object;
        }
        if (!parent.isTextual()) {
            throw ScenarioException.at(file.toString(), "extends", "expected a relative file path, found " + parent);
        }
        Path base = Path.of(parent.asText());
        if (base.isAbsolute() || parent.asText().contains("://")) {
            throw ScenarioException.at(file.toString(), "extends", "expected a local relative path, found " + parent.asText());
        }
        Path dir = normal.getParent();
        JsonNode inherited = tree(dir.resolve(base), chain);
        return merge(inherited, object);
    }

    private JsonNode read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new ScenarioException(file + ": no such scenario file");
        }
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new ScenarioException(file + ": larger than " + MAX_BYTES + " bytes");
            }
            JsonNode node = yaml.readTree(file.toFile());
            if (node == null || node.isMissingNode()) {
                throw new ScenarioException(file + ": the file is empty");
            }
            return node;
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : ":" + e.getLocation().getLineNr() + ":" + e.getLocation().getColumnNr();
            throw new ScenarioException(file + where + ": not valid YAML: " + firstLine(e.getOriginalMessage()));
        } catch (IOException e) {
            throw new ScenarioException(file + ": cannot be read: " + e.getMessage());
        }
    }

    /** Deep merge: maps merge key by key, anything else in the child replaces the parent's. */
    static JsonNode merge(JsonNode parent, JsonNode child) {
        if (!(parent instanceof ObjectNode p) || !(child instanceof ObjectNode c)) {
            return child;
        }
        ObjectNode out = p.deepCopy();
        Iterator<Map.Entry<String, JsonNode>> fields = c.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> f = fields.next();
            JsonNode existing = out.get(f.getKey());
            out.set(f.getKey(), existing == null ? f.getValue() : merge(existing, f.getValue()));
        }
        return out;
    }

    static String pathOf(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (path.length() > 0) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String describe(JsonMappingException e) {
        if (e instanceof com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException u) {
            return "unknown field '" + u.getPropertyName() + "'; expected one of " + u.getKnownPropertyIds();
        }
        if (e instanceof com.fasterxml.jackson.databind.exc.InvalidFormatException f) {
            return "expected " + expected(f.getTargetType()) + ", found '" + f.getValue() + "'";
        }
        if (e instanceof com.fasterxml.jackson.databind.exc.MismatchedInputException m && m.getTargetType() != null) {
            return "expected " + expected(m.getTargetType());
        }
        return firstLine(e.getOriginalMessage());
    }

    private static String expected(Class<?> type) {
        if (type.isEnum()) {
            return "one of " + java.util.Arrays.toString(type.getEnumConstants());
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
            return "a number";
        }
        if (type == java.time.LocalDate.class) {
            return "a date (YYYY-MM-DD)";
        }
        if (type == String.class) {
            return "text";
        }
        if (List.class.isAssignableFrom(type)) {
            return "a list";
        }
        if (Map.class.isAssignableFrom(type) || type.isRecord()) {
            return "a mapping";
        }
        return type.getSimpleName();
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
