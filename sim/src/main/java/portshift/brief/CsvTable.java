package portshift.brief;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import portshift.scenario.ScenarioException;

/**
 * A results table the program wrote, read back by column name: RFC 4180 fields, quoted where they hold a comma, a quote
 * or a line break. A file or column that is missing is one line naming it.
 */
record CsvTable(Path file, List<String> header, List<List<String>> rows) {

    static CsvTable read(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new ScenarioException(file + ": cannot read the results: " + e.getMessage());
        }
        List<List<String>> records = parse(text);
        if (records.isEmpty()) {
            throw new ScenarioException(file + ":1: expected a header, found an empty file");
        }
        return new CsvTable(file, records.get(0), records.subList(1, records.size()));
    }

    /** The records of RFC 4180 text; a blank last line is not a record. */
    static List<List<String>> parse(String text) {
        List<List<String>> out = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
                any = true;
            } else if (c == ',') {
                record.add(field.toString());
                field.setLength(0);
                any = true;
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                if (any || field.length() > 0) {
                    record.add(field.toString());
                    out.add(record);
                }
                record = new ArrayList<>();
                field.setLength(0);
                any = false;
            } else {
                field.append(c);
                any = true;
            }
        }
        if (any || field.length() > 0) {
            record.add(field.toString());
            out.add(record);
        }
        return out;
    }

    /** Each row as column name to text. */
    List<Map<String, String>> records() {
        List<Map<String, String>> out = new ArrayList<>();
        for (List<String> row : rows) {
            Map<String, String> m = new HashMap<>();
            for (int c = 0; c < header.size() && c < row.size(); c++) {
                m.put(header.get(c), row.get(c));
            }
            out.add(m);
        }
        return out;
    }

    /** Checks that the columns read exist. */
    CsvTable requiring(String... columns) {
        for (String c : columns) {
            if (!header.contains(c)) {
                throw new ScenarioException(file + ":1: expected a column " + c + ", as the program writes it; found "
                        + String.join(",", header));
            }
        }
        return this;
    }

    static double number(Map<String, String> row, String column) {
        String v = row.get(column);
        if (v == null || v.isBlank() || v.equals("NaN")) {
            return Double.NaN;
        }
        try {
            return Double.parseDouble(v);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }
}
