package portshift.gui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoublePredicate;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import sim.util.Properties;

/**
 * What an inspector shows, row by row, in plain words: each row a label with its unit in words and
 * its value as rounded text with its unit ({@link Units}), read afresh each time the inspector
 * updates. An editable row takes what the user types, reads the first number in it and hands it to
 * its setter; a value the setter refuses is answered with a beep, as MASON does.
 * <p>
 * MASON's own inspectors show an object's bean getters (names such as {@code KgArrivedLast30Days} and
 * raw doubles); an object that is {@link sim.util.Propertied} and returns these rows is shown as written here.
 */
final class InspectorRows extends Properties {
    private static final long serialVersionUID = 1L;
    private static final Pattern NUMBER = Pattern.compile("-?\\d[\\d,]*(\\.\\d+)?|-?\\.\\d+");

    /**
     * A row: its label, its value (text; or a Boolean for a check box; or the index of the option chosen
     * among {@code options}), what it means (the tooltip), and its setter if it can be changed.
     */
    private record Row(String label, Supplier<?> value, String description, DoublePredicate set, Class<?> type,
            String[] options) {
    }

    private final List<Row> rows = new ArrayList<>();

    InspectorRows(Object shown) {
        this.object = shown;
    }

    /** A row to read. */
    InspectorRows add(String label, Supplier<String> value, String description) {
        rows.add(new Row(label, value, description, null, String.class, null));
        return this;
    }

    /** A row the user can change: set gets the first number typed, and says whether it took it. */
    InspectorRows editable(String label, Supplier<String> value, String description, DoublePredicate set) {
        rows.add(new Row(label, value, description, set, String.class, null));
        return this;
    }

    /** A check box: set gets 1 for ticked, 0 for not. */
    InspectorRows checkBox(String label, Supplier<Boolean> value, String description, DoublePredicate set) {
        rows.add(new Row(label, value, description, set, boolean.class, null));
        return this;
    }

    /** A menu of options: value is the index of the one chosen, set gets the index of the one picked. */
    InspectorRows menu(String label, String[] options, Supplier<Integer> value, String description, DoublePredicate set) {
        rows.add(new Row(label, value, description, set, int.class, options.clone()));
        return this;
    }

    @Override
    public boolean isVolatile() {
        return false;
    }

    @Override
    public int numProperties() {
        return rows.size();
    }

    @Override
    public Object getValue(int index) {
        if (index < 0 || index >= rows.size()) {
            return null;
        }
        try {
            return rows.get(index).value().get();
        } catch (RuntimeException e) {
            // a figure the model cannot give yet (before the run starts): shown as not known
            Class<?> type = rows.get(index).type();
            return type == boolean.class ? Boolean.FALSE : type == int.class ? Integer.valueOf(0) : "not known yet";
        }
    }

    @Override
    public boolean isReadWrite(int index) {
        return index >= 0 && index < rows.size() && rows.get(index).set() != null;
    }

    @Override
    public String getName(int index) {
        return rows.get(index).label();
    }

    @Override
    public String getDescription(int index) {
        return rows.get(index).description();
    }

    @Override
    public Class<?> getType(int index) {
        return rows.get(index).type();
    }

    @Override
    public Object getDomain(int index) {
        String[] options = rows.get(index).options();
        return options == null ? null : options.clone();
    }

    @Override
    public Object setValue(int index, String value) {
        return _setValue(index, value);
    }

    @Override
    protected Object _setValue(int index, Object value) {
        if (!isReadWrite(index) || value == null) {
            return null;
        }
        String text = value.toString().trim();
        Double number = rows.get(index).type() == boolean.class
                ? Double.valueOf(Boolean.parseBoolean(text) ? 1 : 0) : firstNumber(text);
        if (number == null || !rows.get(index).set().test(number)) {
            return null;
        }
        return getValue(index);
    }

    /** The first number written in a text ("130 officers" gives 130, "1,200" gives 1200), or null. */
    static Double firstNumber(String text) {
        Matcher m = NUMBER.matcher(text);
        if (!m.find()) {
            return null;
        }
        return Double.valueOf(m.group().replace(",", ""));
    }

    /** The labels, in order (for tests and the docs). */
    List<String> labels() {
        return rows.stream().map(Row::label).toList();
    }
}
