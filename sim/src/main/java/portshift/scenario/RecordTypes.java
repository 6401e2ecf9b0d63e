package portshift.scenario;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;

import portshift.model.Doc;

/** Reflection over the records a scenario binds to: field names as written in files, types, values. */
final class RecordTypes {
    private RecordTypes() {
    }

    /** One component of a record type, with what checking it needs, read once per type. */
    record Component(RecordComponent component, Doc doc, String name) {
        Object valueIn(Record r) {
            return value(r, component);
        }
    }

    private static final ClassValue<List<Component>> COMPONENTS = new ClassValue<>() {
        @Override
        protected List<Component> computeValue(Class<?> type) {
            List<Component> out = new ArrayList<>();
            for (RecordComponent c : type.getRecordComponents()) {
                out.add(new Component(c, c.getAnnotation(Doc.class), snake(c.getName())));
            }
            return List.copyOf(out);
        }
    };

    /** The components of a record type, in declaration order (reflection is read once per type). */
    static List<Component> components(Class<?> type) {
        return COMPONENTS.get(type);
    }

    static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p) {
            return (Class<?>) p.getRawType();
        }
        throw new IllegalStateException("unsupported type " + type);
    }

    static Type argument(Type type, int i) {
        return ((ParameterizedType) type).getActualTypeArguments()[i];
    }

    /** A record component's name as a scenario file writes it. */
    static String snake(String camel) {
        return new PropertyNamingStrategies.SnakeCaseStrategy().translate(camel);
    }

    static String child(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    static Object value(Record r, RecordComponent c) {
        try {
            return c.getAccessor().invoke(r);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + c.getName(), e);
        }
    }

    /** A bound number in the files' style: whole numbers without a decimal point, "inf" for no bound. */
    static String fmt(double x) {
        if (Double.isInfinite(x) || x == Double.MAX_VALUE) {
            return x > 0 ? "inf" : "-inf";
        }
        return x == Math.rint(x) && Math.abs(x) < 1e15 ? String.valueOf((long) x) : String.valueOf(x);
    }
}
