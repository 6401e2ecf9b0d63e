package portshift.gui;

import java.lang.reflect.RecordComponent;

import portshift.model.Doc;
import sim.util.Interval;

/** A lever's range as its record declares it ({@link Doc}), for the Model tab's sliders and checks. */
final class Declared {
    private Declared() {
    }

    /** The declared range, as the Console's slider domain. */
    static Interval domain(Class<? extends Record> type, String lever) {
        Doc doc = doc(type, lever);
        return new Interval(doc.min(), doc.max());
    }

    /** Whether a value lies in the lever's declared range. */
    static boolean allows(Class<? extends Record> type, String lever, double value) {
        Doc doc = doc(type, lever);
        return value >= doc.min() && value <= doc.max();
    }

    private static Doc doc(Class<? extends Record> type, String lever) {
        for (RecordComponent c : type.getRecordComponents()) {
            if (c.getName().equals(lever) && c.getAnnotation(Doc.class) != null) {
                return c.getAnnotation(Doc.class);
            }
        }
        throw new IllegalArgumentException(type.getSimpleName() + " declares no lever " + lever);
    }
}
