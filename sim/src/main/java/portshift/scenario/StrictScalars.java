package portshift.scenario;

import java.io.IOException;
import java.time.LocalDate;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.NumberDeserializers;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;

/**
 * Binding of whole numbers, numbers, booleans and dates without Jackson's lenient conversions, which
 * would truncate 1.5 scanners to 1, read 1 as true and take the date of a date-time. A value that
 * does not fit goes to the binder's problem handler, so it is reported with its path and binding
 * goes on.
 */
final class StrictScalars {
    /** Jackson's own readers, for what is left once the strict cases are handled. */
    private static final NumberDeserializers.IntegerDeserializer INTEGER =
            new NumberDeserializers.IntegerDeserializer(Integer.class, null);
    private static final NumberDeserializers.DoubleDeserializer DOUBLE =
            new NumberDeserializers.DoubleDeserializer(Double.class, null);

    private StrictScalars() {
    }

    static SimpleModule module() {
        SimpleModule module = new SimpleModule("strict scalars");
        module.addDeserializer(Integer.class, new Scalar<>(Integer.class, StrictScalars::wholeNumber));
        module.addDeserializer(Double.class, new Scalar<>(Double.class, StrictScalars::number));
        module.addDeserializer(Boolean.class, new Scalar<>(Boolean.class, StrictScalars::trueOrFalse));
        module.addDeserializer(LocalDate.class, new Scalar<>(LocalDate.class, StrictScalars::date));
        return module;
    }

    /** A whole number that fits an int, never from text: 1.5, 2.0, 3000000000 and '900' are refused, not cut. */
    private static Integer wholeNumber(JsonParser p, DeserializationContext ctxt) throws IOException {
        boolean fraction = p.hasToken(JsonToken.VALUE_NUMBER_FLOAT);
        boolean tooLarge = p.hasToken(JsonToken.VALUE_NUMBER_INT) && p.getNumberType() != JsonParser.NumberType.INT;
        if (fraction || tooLarge) {
            return (Integer) ctxt.handleWeirdNumberValue(Integer.class, p.getNumberValue(), "not a whole number");
        }
        return p.hasToken(JsonToken.VALUE_STRING) ? (Integer) ctxt.handleWeirdStringValue(Integer.class, p.getText(), "text")
                : INTEGER.deserialize(p, ctxt);
    }

    /**
     * A number, never from text: '900' in quotes, or 0x10 and 010 (read as text by {@link StrictYaml}),
     * must not pass for a number.
     */
    private static Double number(JsonParser p, DeserializationContext ctxt) throws IOException {
        return p.hasToken(JsonToken.VALUE_STRING) ? (Double) ctxt.handleWeirdStringValue(Double.class, p.getText(), "text")
                : DOUBLE.deserialize(p, ctxt);
    }

    /** Only the booleans true and false: not 1, not the text "yes". */
    private static Boolean trueOrFalse(JsonParser p, DeserializationContext ctxt) throws IOException {
        if (p.hasToken(JsonToken.VALUE_TRUE) || p.hasToken(JsonToken.VALUE_FALSE)) {
            return p.getBooleanValue();
        }
        return (Boolean) ctxt.handleUnexpectedToken(Boolean.class, p);
    }

    /** A calendar date YYYY-MM-DD in the range of {@link Dates}. */
    private static LocalDate date(JsonParser p, DeserializationContext ctxt) throws IOException {
        if (!p.hasToken(JsonToken.VALUE_STRING)) {
            return (LocalDate) ctxt.handleUnexpectedToken(LocalDate.class, p);
        }
        LocalDate date = Dates.parse(p.getText());
        return date != null ? date : (LocalDate) ctxt.handleWeirdStringValue(LocalDate.class, p.getText(), "not a date");
    }

    /** How one kind of value is read. */
    @FunctionalInterface
    private interface Reader<T> {
        T read(JsonParser p, DeserializationContext ctxt) throws IOException;
    }

    /** A deserializer made of a reader. */
    private static final class Scalar<T> extends StdScalarDeserializer<T> {
        private static final long serialVersionUID = 1L;
        private final transient Reader<T> reader;

        Scalar(Class<T> type, Reader<T> reader) {
            super(type);
            this.reader = reader;
        }

        @Override
        public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            return reader.read(p, ctxt);
        }
    }
}
