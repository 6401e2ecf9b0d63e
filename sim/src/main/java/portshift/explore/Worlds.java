package portshift.explore;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import portshift.analysis.ColumnNames;
import portshift.scenario.Dimension;
import portshift.scenario.ScenarioException;

/**
 * The worlds a history match kept ({@code worlds.csv}), read as the points at which to run policies: each world's
 * number and its value of each uncertainty the file sets. A column names an uncertainty by its key as an identifier
 * ({@link #columns}); an uncertainty the file does not name keeps the scenario's value.
 *
 * @param file       where the worlds were read from
 * @param dimensions the uncertainties the file sets, in its column order
 * @param ids        each world's number, the file's {@code world} column
 * @param values     values[i][j]: world i's value of uncertainty j, in its own unit
 */
public record Worlds(Path file, List<Dimension> dimensions, int[] ids, double[][] values) {
    /** Columns of worlds.csv that are not uncertainties. */
    public static final List<String> OTHER_COLUMNS = List.of("world", "wave", "point");
    /** Names no uncertainty's column takes: those above, and the columns a match's wave-N.csv adds. */
    private static final Set<String> RESERVED = Set.of("world", "wave", "point", "kept", "judged_implausibility");

    public int size() {
        return ids.length;
    }

    /** The uncertainties' columns in worlds.csv: their keys as identifiers, none the same as another column. */
    public static List<String> columns(List<Dimension> dimensions) {
        return ColumnNames.of(dimensions.stream().map(Dimension::name).toList(), RESERVED);
    }

    /** Reads worlds.csv against the uncertainties the policies declare; a mistake is one line naming the cell. */
    public static Worlds read(Path file, List<Dimension> declared) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new ScenarioException(file + ": cannot read the worlds: " + e.getMessage());
        }
        if (lines.isEmpty() || lines.get(0).isBlank()) {
            throw new ScenarioException(file + ":1: expected the header of a match's worlds.csv (world,wave,point,"
                    + "<uncertainties>), found an empty file");
        }
        List<String> header = List.of(lines.get(0).strip().split(",", -1));
        if (!header.get(0).equals("world")) {
            throw new ScenarioException(file + ":1: column 1: expected world, the header of a match's worlds.csv, "
                    + "found " + quoted(header.get(0)));
        }
        Map<String, Dimension> byColumn = new HashMap<>();
        List<String> known = columns(declared);
        for (int j = 0; j < declared.size(); j++) {
            byColumn.put(known.get(j), declared.get(j));
        }
        List<Dimension> dims = new ArrayList<>();
        List<Integer> at = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int c = 0; c < header.size(); c++) {
            String name = header.get(c);
            if (!seen.add(name)) {
                throw new ScenarioException(file + ":1: column " + (c + 1) + ": " + quoted(name) + " appears twice");
            }
            if (OTHER_COLUMNS.contains(name)) {
                continue;
            }
            Dimension d = byColumn.get(name);
            if (d == null) {
                throw new ScenarioException(file + ":1: column " + (c + 1) + ": expected an uncertainty the scenarios "
                        + "declare under explore.uncertainties, as an identifier (" + String.join(", ", known)
                        + "), found " + quoted(name));
            }
            dims.add(d);
            at.add(c);
        }
        if (dims.isEmpty()) {
            throw new ScenarioException(file + ":1: expected at least one uncertainty's column, found none");
        }
        List<Integer> ids = new ArrayList<>();
        List<double[]> values = new ArrayList<>();
        Set<Integer> numbers = new HashSet<>();
        for (int l = 1; l < lines.size(); l++) {
            if (lines.get(l).isBlank()) {
                continue;
            }
            String where = file + ":" + (l + 1);
            String[] cells = lines.get(l).strip().split(",", -1);
            if (cells.length != header.size()) {
                throw new ScenarioException(where + ": expected " + header.size() + " cells, as the header has, found "
                        + cells.length);
            }
            int id = world(cells[0], where);
            if (!numbers.add(id)) {
                throw new ScenarioException(where + ": world: world " + id + " appears twice");
            }
            double[] v = new double[dims.size()];
            for (int j = 0; j < dims.size(); j++) {
                v[j] = value(dims.get(j), cells[at.get(j)], where + ": " + header.get(at.get(j)));
            }
            ids.add(id);
            values.add(v);
        }
        if (values.isEmpty()) {
            throw new ScenarioException(file + ": expected at least one world, found none (did the match keep any?)");
        }
        return new Worlds(file, List.copyOf(dims), ids.stream().mapToInt(Integer::intValue).toArray(),
                values.toArray(double[][]::new));
    }

    private static int world(String cell, String where) {
        try {
            int id = Integer.parseInt(cell.strip());
            if (id >= 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new ScenarioException(where + ": world: expected a whole number >= 0, found " + quoted(cell));
    }

    private static double value(Dimension d, String cell, String where) {
        double v;
        try {
            v = Double.parseDouble(cell.strip());
        } catch (NumberFormatException e) {
            v = Double.NaN;
        }
        double slack = 1e-9 * Math.max(1, Math.abs(d.high() - d.low()));
        if (!Double.isFinite(v) || v < d.low() - slack || v > d.high() + slack || d.whole() && v != Math.rint(v)) {
            throw new ScenarioException(String.format(Locale.ROOT, "%s: expected %s in [%s, %s], the range declared for "
                    + "%s, found %s", where, d.whole() ? "a whole number" : "a number", d.shown(d.low()),
                    d.shown(d.high()), d.name(), quoted(cell)));
        }
        return Math.min(d.high(), Math.max(d.low(), v));
    }

    private static String quoted(String s) {
        return "'" + s.replaceAll("\\p{Cntrl}", "?") + "'";
    }
}
