package portshift.scenario;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The keys of a map field that are not port or producer ids: field paths ({@code alliance.harmonization}) or names
 * the file gives. The schema then asks of a key only what the program does, at most {@link TextRule#MAX_KEY}
 * characters, so that an editor using it flags no valid key; the field reference writes such a key as {@code <KEY>}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
@interface Keys {
    /** What a key is, as the field reference's type column says: "path", "path or name" or "name". */
    String value();
}
