package portshift.brief;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import portshift.experiment.ResultReader;
import portshift.scenario.ScenarioException;

/**
 * A results table the program wrote, read back by column name (its records split by {@link ResultReader#records}, RFC
 * 4180). A file or column that is missing is one line naming it.
 */
record CsvTable(Path file, List<String> header, List<List<String>> rows) {

    static CsvTable read(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new ScenarioException(file + ": cannot read the results: " + e.getMessage());
        }
        List<List<String>> records = ResultReader.records(text);
        if (records.isEmpty()) {
            throw new ScenarioException(file + ":1: expected a header, found an empty file");
        }
        return new CsvTable(file, records.get(0), records.subList(1, records.size()));
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
