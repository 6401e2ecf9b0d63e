package portshift.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The one declaration of a parameter: what it means, its unit and its allowed range. Scenario
 * validation, the JSON Schema ({@code scenarios/schema.json}) and the field reference in
 * {@code docs/scenarios.md} are all derived from it. Whole numbers are the fields typed Integer.
 * Numbers must be finite; the shared maxima below keep sums and products of them finite too, so
 * that no output cell is ever infinite or empty.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.PARAMETER})
public @interface Doc {
    /** Most of anything counted: scanners, officers, organisations, loads, contacts. */
    double MAX_COUNT = 100_000;

    /** Most days of a run or of any delay: a century. */
    double MAX_DAYS = 36_500;

    /** Most US dollars of one payment or of an organisation's capital. */
    double MAX_USD = 1e12;

    /** Most US dollars per kilogram of any price, cost or fee (cocaine sells for tens of thousands). */
    double MAX_USD_PER_KG = 1e6;

    /** Most characters of a text field unless it declares otherwise. */
    int MAX_TEXT = 200;

    /** The form of a port or producer id: it names output columns, rows and files. */
    String ID_PATTERN = "^[A-Z][A-Z0-9_]*$";

    /** Most characters of a port or producer id, and of a text that names one. */
    int MAX_ID = 100;

    String value();

    String unit() default "";

    double min() default Double.NEGATIVE_INFINITY;

    double max() default Double.POSITIVE_INFINITY;

    /** Most characters of a text field, or of each text in a list. */
    int maxLength() default MAX_TEXT;

    /** Whether the text may span lines: only then are line breaks and tabs allowed in it. */
    boolean lines() default false;

    /** Whether the field must be given (in the file or in one it extends). */
    boolean required() default false;

    /**
     * Whether this section is a change: its fields may be left out, and those keep their current
     * value (an intervention's ports, screening and alliance).
     */
    boolean change() default false;
}
