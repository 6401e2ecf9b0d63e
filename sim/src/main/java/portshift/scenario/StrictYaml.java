package portshift.scenario;

import java.io.IOException;
import java.io.Reader;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.ObjectCodec;
import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.events.ScalarEvent;

/**
 * YAML read the strict way. Only {@code true} and {@code false} are booleans: YAML 1.1 reads
 * yes/no/on/off/y/n as booleans, which would turn Norway's country code {@code NO} into false. And
 * the parser shows the YAML event behind each token, keys included, so that anchors, aliases and
 * tags can be refused wherever they are written (Jackson reports them on values only). Numbers must
 * be written in decimal.
 */
final class StrictYaml {
    private StrictYaml() {
    }

    static YAMLFactory factory(LoaderOptions options) {
        return new Factory(options);
    }

    /** Why the current token cannot be accepted (an anchor, an alias, a tag), or null. */
    static String refusal(YAMLParser parser) {
        Event event = parser instanceof Parser p ? p.event() : null;
        if (event instanceof AliasEvent || event instanceof NodeEvent n && n.getAnchor() != null) {
            return "YAML anchors and aliases (&name, *name) are not supported; write the value out";
        }
        String tag = event instanceof ScalarEvent s ? s.getTag()
                : event instanceof CollectionStartEvent c ? c.getTag() : null;
        return tag == null ? null : "explicit YAML tags (" + Shown.value(tag) + ") are not supported";
    }

    private static final class Factory extends YAMLFactory {
        private static final long serialVersionUID = 1L;

        Factory(LoaderOptions options) {
            super(YAMLFactory.builder().loaderOptions(options));
        }

        @Override
        protected YAMLParser _createParser(Reader in, IOContext context) throws IOException {
            return new Parser(context, _parserFeatures, _yamlParserFeatures, _loaderOptions, _objectCodec, in);
        }
    }

    /**
     * Numbers as people write them: decimal, with an optional fraction and exponent. YAML 1.1's
     * other forms (0x1F, 012 as octal 10, 1_000, 1:30 as 90) are read as text, which binds to no
     * number, so a typo cannot silently become another value.
     */
    private static final java.util.regex.Pattern DECIMAL = java.util.regex.Pattern.compile(
            "[-+]?(?:0|[1-9][0-9]*)(?:\\.[0-9]*)?(?:[eE][-+]?[0-9]+)?|[-+]?\\.[0-9]+(?:[eE][-+]?[0-9]+)?");

    private static final class Parser extends YAMLParser {
        Parser(IOContext context, int features, int yamlFeatures, LoaderOptions options, ObjectCodec codec, Reader in) {
            super(context, features, yamlFeatures, options, codec, in);
        }

        Event event() {
            return _lastEvent;
        }

        /**
         * YAML's infinities and not-a-numbers (.inf, -.nan) are read as text, which binds to no
         * number: Jackson would stop at them with a bare "malformed number", without the field.
         */
        @Override
        protected JsonToken _decodeScalar(ScalarEvent scalar) throws IOException {
            if (scalar.getTag() == null && scalar.getValue().matches("[-+]?\\.(?:inf|Inf|INF|nan|NaN|NAN)")) {
                _textValue = scalar.getValue();
                _cleanedTextValue = null;
                return JsonToken.VALUE_STRING;
            }
            JsonToken token = super._decodeScalar(scalar);
            boolean number = token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT;
            if (number && !DECIMAL.matcher(scalar.getValue()).matches()) {
                _textValue = scalar.getValue();
                _cleanedTextValue = null;
                return JsonToken.VALUE_STRING;
            }
            return token;
        }

        @Override
        protected Boolean _matchYAMLBoolean(String value, int length) {
            return "true".equals(value) ? Boolean.TRUE : "false".equals(value) ? Boolean.FALSE : null;
        }
    }
}
