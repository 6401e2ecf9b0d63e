package portshift.cli;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import portshift.scenario.ScenarioException;
import portshift.scenario.SourceMap;

/**
 * eval's input read strictly: one JSON object of field paths to values, in UTF-8, at most {@value #MAX_BYTES} bytes,
 * nothing after it, each path once, every value a number, a boolean or a text (values do not nest: a bracket where a
 * value should be is refused there, so that no input is read deeper than the object's own level). Every mistake is
 * one line located in the JSON: {@code WHERE:LINE:COLUMN: what was expected, what was found}, where WHERE is
 * {@code stdin} or the file's path and columns count characters from 1.
 */
final class JsonInput {
    /** A field path: names joined by dots, each with list positions in brackets if any, none empty. */
    private static final java.util.regex.Pattern PATH =
            java.util.regex.Pattern.compile("[^.\\[\\]]+(\\[\\d+])*(\\.[^.\\[\\]]+(\\[\\d+])*)*");
    /** The most bytes of one JSON object: one input, or one line of JSON lines. */
    static final int MAX_BYTES = 1 << 20;
    /** Nesting Jackson accepts at all; values nest not even one level, so this only backs up the check. */
    private static final int MAX_DEPTH = 8;
    private static final String EXPECTED = "expected a JSON object of field paths to values, such as "
            + "{\"uncertainties.corruptible_share.all\": 0.02}";
    private static final ObjectMapper JSON = new ObjectMapper(JsonFactory.builder()
            .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).build()).build());

    /** The values given, in order, and where each path was written. */
    record Values(Map<String, JsonNode> values, Map<String, SourceMap.Location> written) {
    }

    private JsonInput() {
    }

    /**
     * The object in the bytes: a whole input ({@code line} 1) or one line of JSON lines ({@code ofLines}, {@code line}
     * its number). Throws a {@link ScenarioException} of one located line.
     */
    static Values object(byte[] bytes, String where, int line, boolean ofLines) {
        if (bytes.length > MAX_BYTES) {
            throw new ScenarioException(where + ":" + line + ":1: expected at most " + MAX_BYTES + " bytes of JSON, "
                    + "found more");
        }
        String text = decode(bytes, where, line, ofLines);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        Place place = new Place(text, where, line, ofLines);
        if (text.isBlank()) {
            throw new ScenarioException(place.at(0) + ": " + EXPECTED + ", found "
                    + (ofLines ? "an empty line" : "empty input"));
        }
        try (JsonParser parser = JSON.createParser(text)) {
            return read(parser, place);
        } catch (StreamConstraintsException e) {
            throw new ScenarioException(place.at(parser(e)) + ": expected values that do not nest, found input "
                    + "nested deeper than " + MAX_DEPTH + " levels");
        } catch (JsonProcessingException e) {
            String m = String.valueOf(e.getOriginalMessage());
            if (m.matches("(?s)Duplicate field '.*'")) {
                throw new ScenarioException(place.at(e.getLocation()) + ": " + m.substring(17, m.length() - 1)
                        + ": given twice; expected each field path once");
            }
            int cut = m.indexOf('\n');
            throw new ScenarioException(place.at(e.getLocation()) + ": " + EXPECTED + "; "
                    + (cut < 0 ? m : m.substring(0, cut)).strip());
        } catch (java.io.IOException e) {
            throw new ScenarioException(place.at(0) + ": cannot be read: " + e.getMessage());
        }
    }

    private static JsonLocation parser(StreamConstraintsException e) {
        return e.getProcessor() instanceof JsonParser p ? p.currentLocation() : null;
    }

    private static Values read(JsonParser parser, Place place) throws java.io.IOException {
        JsonToken first = parser.nextToken();
        if (first != JsonToken.START_OBJECT) {
            throw new ScenarioException(place.at(parser.currentTokenLocation()) + ": " + EXPECTED + ", found "
                    + kind(first));
        }
        Map<String, JsonNode> values = new LinkedHashMap<>();
        Map<String, SourceMap.Location> written = new LinkedHashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String path = parser.currentName();
            JsonLocation key = parser.currentTokenLocation();
            if (!PATH.matcher(path).matches()) {
                throw new ScenarioException(place.at(key) + ": " + path + ": expected a field path, names joined by "
                        + "dots with list positions in brackets, such as interventions[0].alliance.harmonization"
                        + (path.isEmpty() ? ", found an empty one" : ""));
            }
            JsonToken value = parser.nextToken();
            if (value == JsonToken.START_OBJECT || value == JsonToken.START_ARRAY || value == JsonToken.VALUE_NULL) {
                throw new ScenarioException(place.at(parser.currentTokenLocation()) + ": " + path
                        + ": expected a number, a boolean or a text, found " + kind(value)
                        + (value == JsonToken.VALUE_NULL ? "" : " (values do not nest)"));
            }
            values.put(path, JSON.readTree(parser));
            written.put(path, place.location(key.getCharOffset()));
        }
        String text = place.text();
        int end = (int) Math.min(text.length(), parser.currentLocation().getCharOffset());
        String after = text.substring(end);
        if (!after.isBlank()) {
            throw new ScenarioException(place.at(end + after.length() - after.stripLeading().length())
                    + ": expected the end of the input after the JSON object, found more" + (place.ofLines()
                    ? " (one object per line)" : " (one object; for many, one per line with --lines)"));
        }
        return new Values(values, written);
    }

    /** The text of UTF-8 bytes, or one located line at the first byte that is not UTF-8. */
    private static String decode(byte[] bytes, String where, int line, boolean ofLines) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            String before = out.flip().toString();
            throw new ScenarioException(new Place(before, where, line, ofLines).at(before.length())
                    + ": expected UTF-8 text, found " + String.format(java.util.Locale.ROOT, "the byte 0x%02X",
                    bytes[in.position()] & 0xFF));
        }
        return out.flip().toString();
    }

    /**
     * Where a character of the text stands, as the user counts: the line from the first (LF, CR LF or a lone CR ends
     * one, as JSON reads them; in JSON lines only LF does, so a line is the line read), the column in characters from 1.
     */
    private record Place(String text, String where, int line, boolean ofLines) {
        SourceMap.Location location(long offset) {
            int at = (int) Math.max(0, Math.min(text.length(), offset));
            int lines = 0;
            int start = 0;
            for (int i = 0; i < at && !ofLines; i++) {
                char c = text.charAt(i);
                if (c == '\n' || c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n')) {
                    lines++;
                    start = i + 1;
                }
            }
            return new SourceMap.Location(where, line + lines, at - start + 1);
        }

        String at(long offset) {
            return location(offset).toString();
        }

        String at(JsonLocation location) {
            return at(location == null || location.getCharOffset() < 0 ? 0 : location.getCharOffset());
        }
    }

    private static String kind(JsonToken t) {
        if (t == null) {
            return "nothing";
        }
        return switch (t) {
            case START_OBJECT -> "an object";
            case START_ARRAY -> "an array";
            case VALUE_STRING -> "a text";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case VALUE_NULL -> "null";
            default -> t.asString() == null ? t.name().toLowerCase(java.util.Locale.ROOT) : t.asString();
        };
    }
}
