package portshift.experiment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import portshift.observe.PortMonth;

/** Reads back the rows this program wrote (runs.csv and ports.csv, without headers). */
public final class ResultReader {
    private ResultReader() {
    }

    /** One run's row of runs.csv, by column name. */
    public static List<Map<String, String>> runRows(String text) {
        List<Map<String, String>> out = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (!line.isEmpty()) {
                List<String> cells = cells(line);
                Map<String, String> row = new LinkedHashMap<>();
                for (int i = 0; i < ResultTables.RUN_COLUMNS.size(); i++) {
                    row.put(ResultTables.RUN_COLUMNS.get(i), cells.get(i));
                }
                out.add(row);
            }
        }
        return out;
    }

    /** A port row with the run it belongs to. */
    public record PortRow(String scenario, int replication, PortMonth month) {
    }

    public static List<PortRow> portRows(String text) {
        List<PortRow> out = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (line.isEmpty()) {
                continue;
            }
            List<String> c = cells(line);
            out.add(new PortRow(c.get(0), Integer.parseInt(c.get(1)), new PortMonth(c.get(3), c.get(4), c.get(5),
                    c.get(6), Boolean.parseBoolean(c.get(7)), num(c.get(8)), num(c.get(9)), num(c.get(10)),
                    Long.parseLong(c.get(11)), Long.parseLong(c.get(12)), num(c.get(13)), num(c.get(14)),
                    Integer.parseInt(c.get(15)), Integer.parseInt(c.get(16)), Long.parseLong(c.get(17)),
                    Long.parseLong(c.get(18)), num(c.get(19)), num(c.get(20)))));
        }
        return out;
    }

    private static double num(String s) {
        return s.isEmpty() ? Double.NaN : Double.parseDouble(s);
    }

    /** Splits one CSV line, honouring double quotes. */
    static List<String> cells(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
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
                out.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(ch);
            }
        }
        out.add(cell.toString());
        return out;
    }
}
