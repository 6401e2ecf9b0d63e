package portshift.scenario;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * Binds a merged tree to the {@link Scenario} records, collecting every mistake (unknown keys, wrong
 * types, bad values) rather than stopping at the first. No type information is ever taken from the
 * file: the records are fixed, and default typing is never enabled.
 */
final class ScenarioBinder {
    private ScenarioBinder() {
    }

    /** One mapper for every binding, so that its deserializers are built once (a sweep binds many variants). */
    private static final ObjectMapper MAPPER = mapper();

    private static ObjectMapper mapper() {
        ObjectMapper mapper = new ObjectMapper();
        mapper.setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);
        mapper.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        mapper.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
        mapper.enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);
        mapper.registerModule(new JavaTimeModule());
        mapper.registerModule(StrictScalars.module());
        return mapper;
    }

    /** Builds the deserializers of the scenario's records, which the mapper keeps for every binding after. */
    static void prepare() {
        MAPPER.readerFor(Scenario.class);
    }

    static Scenario bind(ObjectNode tree, Problems problems) {
        try {
            return MAPPER.readerFor(Scenario.class).withHandler(new Collector(problems)).readValue(tree);
        } catch (JsonMappingException e) {
            problems.add(path(e), describe(e));
            return null;
        } catch (IOException e) {
            problems.add("", Shown.value(TreeReader.firstLine(e.getMessage()), ScenarioException.MAX_LINE / 4));
            return null;
        }
    }

    /** Binds a part of a tree that has been bound and checked before: a failure here is a bug, not a mistake. */
    static <T> T bindChecked(JsonNode tree, Class<T> type) {
        try {
            return MAPPER.treeToValue(tree, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot bind a checked " + type.getSimpleName() + ": " + e.getOriginalMessage(), e);
        }
    }

    /** Records each binding problem with its path and carries on with a null value. */
    private static final class Collector extends DeserializationProblemHandler {
        private final Problems problems;

        Collector(Problems problems) {
            this.problems = problems;
        }

        @Override
        public boolean handleUnknownProperty(DeserializationContext ctxt, JsonParser p, JsonDeserializer<?> deserializer,
                                             Object beanOrClass, String propertyName) throws IOException {
            String path = dotted(p.getParsingContext().pathAsPointer());
            if (!path.equals(propertyName) && !path.endsWith("." + propertyName)) {
                path = SourceMap.child(path, propertyName);
            }
            List<String> known = deserializer.getKnownPropertyNames().stream().map(Object::toString).sorted().toList();
            problems.add(path, "unknown field '" + Shown.value(propertyName) + "'" + Suggest.didYouMean(propertyName, known)
                    + "; expected one of " + String.join(", ", known));
            p.skipChildren();
            return true;
        }

        @Override
        public Object handleWeirdStringValue(DeserializationContext ctxt, Class<?> targetType, String value,
                                             String failureMsg) throws IOException {
            problems.add(dotted(ctxt.getParser().getParsingContext().pathAsPointer()),
                    "expected " + expected(targetType) + ", found '" + Shown.value(value) + "'" + enumHint(targetType, value));
            return null;
        }

        @Override
        public Object handleWeirdNumberValue(DeserializationContext ctxt, Class<?> targetType, Number value,
                                             String failureMsg) throws IOException {
            problems.add(dotted(ctxt.getParser().getParsingContext().pathAsPointer()),
                    "expected " + expected(targetType) + ", found " + Shown.value(value));
            return null;
        }

        @Override
        public Object handleWeirdKey(DeserializationContext ctxt, Class<?> rawKeyType, String keyValue,
                                     String failureMsg) throws IOException {
            String path = dotted(ctxt.getParser().getParsingContext().pathAsPointer());
            problems.add(path, "unknown key '" + Shown.value(keyValue) + "'" + enumHint(rawKeyType, keyValue) + "; expected " + expected(rawKeyType));
            return null;
        }

        @Override
        public Object handleUnexpectedToken(DeserializationContext ctxt, JavaType targetType, JsonToken t, JsonParser p,
                                            String failureMsg) throws IOException {
            problems.add(dotted(p.getParsingContext().pathAsPointer()),
                    "expected " + expected(targetType.getRawClass()) + ", found " + found(t, p));
            p.skipChildren();
            return null;
        }
    }

    /** A JSON pointer such as /ports/ANTWERP/scanners as ports.ANTWERP.scanners; list indices in brackets. */
    static String dotted(JsonPointer pointer) {
        if (pointer == null) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        for (JsonPointer p = pointer; p != null && !p.matches(); p = p.tail()) {
            if (p == pointer && p.mayMatchElement()) {
                continue;
            }
            if (p.mayMatchElement()) {
                out.append('[').append(p.getMatchingIndex()).append(']');
            } else {
                if (out.length() > 0) {
                    out.append('.');
                }
                out.append(p.getMatchingProperty());
            }
        }
        return out.toString();
    }

    static String path(JsonMappingException e) {
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
        if (e instanceof com.fasterxml.jackson.databind.exc.MismatchedInputException m && m.getTargetType() != null) {
            return "expected " + expected(m.getTargetType());
        }
        return Shown.value(TreeReader.firstLine(e.getOriginalMessage()), ScenarioException.MAX_LINE / 4);
    }

    private static String found(JsonToken t, JsonParser p) throws IOException {
        return switch (t) {
            case START_ARRAY -> "a list";
            case START_OBJECT -> "a mapping";
            case VALUE_STRING -> "'" + Shown.value(p.getText()) + "'";
            case VALUE_NULL -> "nothing";
            default -> Shown.value(p.getText());
        };
    }

    static String expected(Class<?> type) {
        if (type.isEnum()) {
            return "one of " + String.join(", ", Arrays.stream(type.getEnumConstants()).map(Object::toString).toList());
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "a whole number";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive() && type != boolean.class) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == LocalDate.class) {
            return Dates.EXPECTED;
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

    /** A suggestion's cost grows with the value's length; a value longer than any key is no misspelling. */
    private static String enumHint(Class<?> type, String value) {
        if (!type.isEnum() || value == null || value.length() > TextRule.MAX_KEY) {
            return "";
        }
        return Suggest.didYouMean(value, Arrays.stream(type.getEnumConstants()).map(Object::toString).toList());
    }
}
