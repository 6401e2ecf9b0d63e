package portshift.scenario;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * What a scenario field means, its unit and its allowed range: the source of the JSON Schema
 * ({@code scenarios/schema.json}) and of the field reference in {@code docs/scenarios.md}.
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
}
