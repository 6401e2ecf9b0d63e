package portshift.experiment;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import portshift.analysis.Outcome;
import portshift.model.PortMeasure;
import portshift.observe.PortMonth;

/** Reads back the rows this program wrote (runs.csv and ports.csv, without headers). */
public final class ResultReader {
    private ResultReader() {
    }

    /** A run's row of runs.csv: the run, and the values of the outcomes it records. */
    public record RunRow(String scenario, int replication, long seed, Map<Outcome, Double> outcomes) {
    }

    /** The rows of runs.csv, each outcome read from its declared column. */
    public static List<RunRow> runRows(String text) {
        List<RunRow> out = new ArrayList<>();
        for (List<String> c : records(text)) {
            Map<Outcome, Double> outcomes = new EnumMap<>(Outcome.class);
            for (Outcome o : Outcome.recordedInRuns()) {
                outcomes.put(o, num(c.get(ResultTables.RUN_COLUMNS.indexOf(o.column()))));
            }
            out.add(new RunRow(c.get(0), Integer.parseInt(c.get(1)), Long.parseLong(c.get(2)), outcomes));
        }
        return out;
    }

    /** A port row with the run it belongs to. */
    public record PortRow(String scenario, int replication, PortMonth month) {
    }

    /** The rows of ports.csv; the names that repeat from row to row (scenario, port, region, role, month) held once. */
    public static List<PortRow> portRows(String text) {
        List<PortRow> out = new ArrayList<>();
        Map<String, String> names = new HashMap<>();
        int first = ResultTables.PORT_COLUMNS.indexOf(PortMeasure.values()[0].column());
        for (List<String> c : records(text)) {
            double[] values = new double[PortMeasure.count()];
            for (PortMeasure m : PortMeasure.values()) {
                values[m.ordinal()] = num(c.get(first + m.ordinal()));
            }
            out.add(new PortRow(once(names, c.get(0)), Integer.parseInt(c.get(1)), new PortMonth(once(names, c.get(3)),
                    once(names, c.get(4)), once(names, c.get(5)), once(names, c.get(6)), Boolean.parseBoolean(c.get(7)),
                    values)));
        }
        return out;
    }

    private static String once(Map<String, String> names, String name) {
        String seen = names.putIfAbsent(name, name);
        return seen != null ? seen : name;
    }

    static double num(String s) {
        return s.isEmpty() ? Double.NaN : Double.parseDouble(s);
    }

    /**
     * Splits CSV text into records of cells (RFC 4180): a quoted cell may hold commas, quotes (doubled)
     * and line breaks, so that a record is never split inside one. Empty lines are skipped, and carriage returns
     * outside quotes. A line without quotes or carriage returns, as almost every line of the result files is, is cut
     * at its commas directly.
     */
    public static List<List<String>> records(String text) {
        List<List<String>> out = new ArrayList<>();
        int n = text.length();
        int quote = text.indexOf('"');
        int cr = text.indexOf('\r');
        int i = 0;
        while (i < n) {
            int end = text.indexOf('\n', i);
            end = end < 0 ? n : end;
            quote = quote >= 0 && quote < i ? text.indexOf('"', i) : quote;
            cr = cr >= 0 && cr < i ? text.indexOf('\r', i) : cr;
            if ((quote < 0 || quote >= end) && (cr < 0 || cr >= end)) {
                if (end > i) {
                    out.add(cells(text, i, end));
                }
                i = end + 1;
            } else {
                i = quoted(text, i, out);
            }
        }
        return out;
    }

    /** The cells of a line without quotes or carriage returns. */
    private static List<String> cells(String text, int from, int to) {
        List<String> record = new ArrayList<>();
        int start = from;
        for (int k = from; k < to; k++) {
            if (text.charAt(k) == ',') {
                record.add(text.substring(start, k));
                start = k + 1;
            }
        }
        record.add(text.substring(start, to));
        return record;
    }

    /** Reads the record that starts at i, cell by cell, and returns where the next begins. */
    private static int quoted(String text, int i, List<List<String>> out) {
        List<String> record = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    cell.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == ',') {
                record.add(cell.toString());
                cell.setLength(0);
            } else if (ch == '\n') {
                endRecord(out, record, cell);
                return i + 1;
            } else if (ch != '\r') {
                cell.append(ch);
            }
        }
        endRecord(out, record, cell);
        return i;
    }

    private static void endRecord(List<List<String>> out, List<String> record, StringBuilder cell) {
        if (!record.isEmpty() || cell.length() > 0) {
            record.add(cell.toString());
            out.add(record);
        }
        cell.setLength(0);
    }
}
