package portshift.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The one declaration of a parameter: what it means, its unit and its allowed range. Scenario
 * validation, the JSON Schema ({@code scenarios/schema.json}) and the field reference in
 * {@code docs/scenarios.md} are all derived from it. Whole numbers are the fields typed Integer.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.PARAMETER})
public @interface Doc {
    String value();

    String unit() default "";

    double min() default Double.NEGATIVE_INFINITY;

    double max() default Double.POSITIVE_INFINITY;

    /** Whether the field must be given (in the file or in one it extends). */
    boolean required() default false;

    /**
     * Whether this section is a change: its fields may be left out, and those keep their current
     * value (an intervention's ports, screening and alliance).
     */
    boolean change() default false;
}
