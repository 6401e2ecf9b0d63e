package portshift.experiment;

import java.util.List;

import portshift.analysis.ColumnNames;

/** Plain CSV with a fixed number format, so that the same run gives the same bytes. */
public final class Csv {
    private final StringBuilder out = new StringBuilder();

    /** The header line; every column name must be an identifier ({@link ColumnNames#IDENTIFIER}), as readers expect. */
    public Csv header(List<String> columns) {
        for (String c : columns) {
            if (!ColumnNames.IDENTIFIER.matcher(c).matches()) {
                throw new IllegalArgumentException("a column name must be an identifier, found " + c);
            }
        }
        return row(columns.toArray());
    }

    public Csv row(Object... cells) {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(cell(cells[i]));
        }
        out.append('\n');
        return this;
    }

    public static String cell(Object v) {
        if (v instanceof Double d) {
            return number(d);
        }
        String s = String.valueOf(v);
        if (s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")) {
            return '"' + s.replace("\"", "\"\"") + '"';
        }
        return s;
    }

    /** Up to six decimals, no exponent, no trailing zeros. */
    public static String number(double d) {
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            return "";
        }
        return FixedDecimal.of(d);
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
