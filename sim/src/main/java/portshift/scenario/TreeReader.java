package portshift.scenario;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Reads one YAML or JSON file into a tree, noting where every field was written. It refuses what a
 * scenario never needs and an attacker could abuse: anchors and aliases (so a "billion laughs" file
 * is an error, not a hang) and explicit type tags, on keys as on values; duplicate keys; keys that
 * break the {@link TextRule}; very deep nesting; bytes that are not UTF-8; and files over
 * {@link #MAX_BYTES}. Only {@code true} and {@code false} are booleans ({@link StrictYaml}).
 */
final class TreeReader {
    static final int MAX_BYTES = 2_000_000;

    /** Nothing but the class's initialisation, which builds the parsers. */
    static void prepare() {
    }

    static final int MAX_DEPTH = 40;

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final YAMLFactory YAML;
    private static final JsonFactory JSON = new JsonFactory();

    static {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(0);
        options.setAllowRecursiveKeys(false);
        options.setAllowDuplicateKeys(true);
        options.setNestingDepthLimit(MAX_DEPTH + 10);
        options.setCodePointLimit(MAX_BYTES);
        YAML = StrictYaml.factory(options);
    }

    /** A file's tree and where its fields are. */
    record Read(ObjectNode tree, SourceMap sources) {
    }

    private final String file;
    private final SourceMap sources;

    private TreeReader(String file) {
        this.file = file;
        this.sources = new SourceMap(file);
    }

    static Read read(Path path) {
        String file = path.toString();
        if (!Files.isRegularFile(path)) {
            throw new ScenarioException(file + ": no such scenario file");
        }
        try {
            if (Files.size(path) > MAX_BYTES) {
                throw new ScenarioException(file + ": larger than " + MAX_BYTES + " bytes; a scenario is a few hundred lines");
            }
            if (Files.size(path) == 0) {
                throw new ScenarioException(file + ": the file is empty");
            }
            boolean json = file.toLowerCase().endsWith(".json");
            String text = SourceText.decode(Files.readAllBytes(path), file);
            try (JsonParser parser = (json ? JSON : YAML).createParser(new StringReader(text))) {
                try {
                    return new TreeReader(file).parse(parser);
                } catch (JsonProcessingException e) {
                    // A parser's limit (such as on a number's length) is thrown without a location.
                    JsonLocation l = e.getLocation() != null ? e.getLocation() : parser.currentLocation();
                    throw new ScenarioException(file + ":" + l.getLineNr() + ":" + l.getColumnNr() + ": not valid "
                            + (json ? "JSON" : "YAML") + ": "
                            + Shown.value(plain(firstLine(e.getOriginalMessage())), ScenarioException.MAX_LINE / 4));
                }
            }
        } catch (IOException e) {
            throw new ScenarioException(file + ": cannot be read: " + e.getMessage());
        }
    }

    private Read parse(JsonParser parser) throws IOException {
        JsonToken first = parser.nextToken();
        if (first == null) {
            throw new ScenarioException(file + ": the file is empty");
        }
        if (first != JsonToken.START_OBJECT) {
            throw new ScenarioException(at(parser.currentTokenLocation())
                    + ": expected a mapping of sections (name:, world:, ...) at the top level");
        }
        ObjectNode tree = (ObjectNode) value(parser, "", 0);
        if (parser.nextToken() != null) {
            throw new ScenarioException(at(parser.currentTokenLocation()) + ": only one document is allowed in a scenario file");
        }
        return new Read(tree, sources);
    }

    private JsonNode value(JsonParser p, String path, int depth) throws IOException {
        if (depth > MAX_DEPTH) {
            throw new ScenarioException(at(p.currentTokenLocation()) + ": nested more than " + MAX_DEPTH + " levels deep");
        }
        refuseMarkup(p, path);
        switch (p.currentToken()) {
            case START_OBJECT -> {
                ObjectNode node = NODES.objectNode();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String key = p.currentName();
                    JsonLocation where = p.currentTokenLocation();
                    String bad = TextRule.keyProblem(key);
                    if (bad != null) {
                        throw new ScenarioException(at(where) + ": " + prefix(path) + bad);
                    }
                    String child = SourceMap.child(path, key);
                    refuseMarkup(p, child);
                    if (node.has(key)) {
                        throw new ScenarioException(at(where) + ": " + child + ": the key '" + key + "' appears twice");
                    }
                    sources.put(child, location(where));
                    p.nextToken();
                    node.set(key, value(p, child, depth + 1));
                }
                return node;
            }
            case START_ARRAY -> {
                ArrayNode node = NODES.arrayNode();
                int i = 0;
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    String child = SourceMap.element(path, i++);
                    sources.put(child, location(p.currentTokenLocation()));
                    node.add(value(p, child, depth + 1));
                }
                return node;
            }
            case VALUE_STRING -> {
                return NODES.textNode(p.getText());
            }
            case VALUE_NUMBER_INT -> {
                return switch (p.getNumberType()) {
                    case INT -> NODES.numberNode(p.getIntValue());
                    case LONG -> NODES.numberNode(p.getLongValue());
                    default -> NODES.numberNode(p.getBigIntegerValue());
                };
            }
            case VALUE_NUMBER_FLOAT -> {
                return NODES.numberNode(p.getDoubleValue());
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return NODES.booleanNode(p.getBooleanValue());
            }
            case VALUE_NULL -> {
                return NODES.nullNode();
            }
            default -> throw new ScenarioException(at(p.currentTokenLocation()) + ": " + prefix(path) + "unexpected " + p.currentToken());
        }
    }

    /** Anchors, aliases and tags are refused on keys and values alike. */
    private void refuseMarkup(JsonParser p, String path) {
        String refusal = p instanceof YAMLParser y ? StrictYaml.refusal(y) : null;
        if (refusal != null) {
            throw new ScenarioException(at(p.currentTokenLocation()) + ": " + prefix(path) + refusal);
        }
    }

    private static String prefix(String path) {
        return path.isEmpty() ? "" : path + ": ";
    }

    private SourceMap.Location location(JsonLocation l) {
        return new SourceMap.Location(file, l.getLineNr(), l.getColumnNr());
    }

    private String at(JsonLocation l) {
        return location(l).toString();
    }

    /** A parser's message without the parser's own class names (a list or mapping written as a key). */
    private static String plain(String message) {
        return message.contains("Expected a field name") && message.contains("org.yaml.snakeyaml")
                ? "expected a key written as plain text, found a list or a mapping" : message;
    }

    static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        return (nl < 0 ? s : s.substring(0, nl)).strip();
    }
}
