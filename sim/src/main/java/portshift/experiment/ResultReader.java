package portshift.experiment;

import java.util.ArrayList;
import java.util.EnumMap;
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

    public static List<PortRow> portRows(String text) {
        List<PortRow> out = new ArrayList<>();
        int first = ResultTables.PORT_COLUMNS.indexOf(PortMeasure.values()[0].column());
        for (List<String> c : records(text)) {
            double[] values = new double[PortMeasure.count()];
            for (PortMeasure m : PortMeasure.values()) {
                values[m.ordinal()] = num(c.get(first + m.ordinal()));
            }
            out.add(new PortRow(c.get(0), Integer.parseInt(c.get(1)), new PortMonth(c.get(3), c.get(4), c.get(5),
                    c.get(6), Boolean.parseBoolean(c.get(7)), values)));
        }
        return out;
    }

    static double num(String s) {
        return s.isEmpty() ? Double.NaN : Double.parseDouble(s);
    }

    /**
     * Splits CSV text into records of cells (RFC 4180): a quoted cell may hold commas, quotes (doubled)
     * and line breaks, so that a record is never split inside one. Empty lines are skipped.
     */
    public static List<List<String>> records(String text) {
        List<List<String>> out = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
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
                record = new ArrayList<>();
            } else if (ch != '\r') {
                cell.append(ch);
            }
        }
        endRecord(out, record, cell);
        return out;
    }

    private static void endRecord(List<List<String>> out, List<String> record, StringBuilder cell) {
        if (!record.isEmpty() || cell.length() > 0) {
            record.add(cell.toString());
            out.add(record);
        }
        cell.setLength(0);
    }
}
