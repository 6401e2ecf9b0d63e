package portshift.scenario;

import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import portshift.model.Doc;

/**
 * Checks bound values against their one declaration, the {@link Doc} on each record component:
 * required fields are present, numbers are finite and lie in their range, whole numbers where fields
 * are typed Integer, text keeps to its length and has no control characters ({@link TextRule}), and
 * a required map keyed by an enum gives every key. A container's range and text bound apply to its
 * values. Inside a section declared as a change, fields may be left out.
 */
final class Declarations {
    private final Fields f;

    Declarations(Fields f) {
        this.f = f;
    }

    /** Checks a bound record and everything in it; the path is where it sits in the file. */
    void check(Record record, String path) {
        walk(record, path, null, null, false);
    }

    /** Records every field left unset in a record that must be complete, at the path given for it. */
    void complete(Record record, java.util.function.Function<String, String> pathOf) {
        for (RecordTypes.Component c : RecordTypes.components(record.getClass())) {
            if (c.valueIn(record) == null) {
                f.required(null, pathOf.apply(c.name()));
            }
        }
    }

    /** Walks a value; ranges are inherited from the nearest declaration with one, text bounds from the field's own. */
    private void walk(Object value, String path, Doc doc, Doc text, boolean change) {
        if (value instanceof Number n) {
            range(n, path, doc);
        } else if (value instanceof String s) {
            String bad = TextRule.problem(s, text == null ? Doc.MAX_TEXT : text.maxLength(), text != null && text.lines());
            if (bad != null) {
                f.problem(path, bad);
            }
        } else if (value instanceof Map<?, ?> map) {
            map.forEach((k, v) -> walk(v, path + "." + k, doc, text, change));
        } else if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                walk(list.get(i), path + "[" + i + "]", doc, text, change);
            }
        } else if (value instanceof Collection<?> set) {
            set.forEach(v -> walk(v, path, doc, text, change));
        } else if (value instanceof Record record) {
            components(record, path, doc, change);
        }
    }

    private void components(Record record, String path, Doc inherited, boolean change) {
        for (RecordTypes.Component c : RecordTypes.components(record.getClass())) {
            Doc doc = c.doc();
            Object v = c.valueIn(record);
            String at = RecordTypes.child(path, c.name());
            boolean required = doc != null && doc.required() && !change;
            if (v == null) {
                if (required) {
                    f.required(null, at);
                }
                continue;
            }
            if (required && v instanceof Map<?, ?> map) {
                everyKey(c.component(), map, at);
            }
            walk(v, at, hasRange(doc) ? doc : inherited, doc, change || doc != null && doc.change());
        }
    }

    /** A required map keyed by an enum (one value per role or per method) must give every key. */
    private void everyKey(RecordComponent c, Map<?, ?> map, String at) {
        Class<?> key = RecordTypes.raw(RecordTypes.argument(c.getGenericType(), 0));
        if (key.isEnum()) {
            for (Object k : key.getEnumConstants()) {
                if (!map.containsKey(k)) {
                    f.required(null, at + "." + k);
                }
            }
        }
    }

    private static boolean hasRange(Doc doc) {
        return doc != null && (doc.min() != Double.NEGATIVE_INFINITY || doc.max() != Double.POSITIVE_INFINITY);
    }

    /**
     * Numbers must be finite everywhere, and within the declared range where there is one. A whole
     * number is told the bound it broke; a number its interval.
     */
    private void range(Number n, String path, Doc doc) {
        double v = n.doubleValue();
        double min = hasRange(doc) ? doc.min() : Double.NEGATIVE_INFINITY;
        double max = hasRange(doc) ? doc.max() : Double.POSITIVE_INFINITY;
        if (Double.isFinite(v) && v >= min && v <= max) {
            return;
        }
        if (n instanceof Integer || n instanceof Long) {
            f.problem(path, "expected a whole number " + (v < min ? ">= " + RecordTypes.fmt(min) : "<= " + RecordTypes.fmt(max))
                    + ", found " + n.longValue());
        } else if (max == Double.POSITIVE_INFINITY) {
            f.problem(path, "expected a finite number" + (min == Double.NEGATIVE_INFINITY ? "" : " >= " + RecordTypes.fmt(min))
                    + ", found " + RecordTypes.fmt(v));
        } else {
            f.problem(path, "expected a number in [" + RecordTypes.fmt(min) + ", " + RecordTypes.fmt(max) + "], found "
                    + RecordTypes.fmt(v));
        }
    }
}
