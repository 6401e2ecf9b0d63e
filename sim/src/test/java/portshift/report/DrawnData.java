package portshift.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import portshift.experiment.ResultReader;

/**
 * A figure's data file ({@code NAME.png.txt}, written with {@link Figures#DATA} set) read back: its panels, each with
 * its title, its series (name to x, y and extra values) or its rows (a box plot's or a forest plot's, as text cells).
 */
final class DrawnData {
    /** One series: its x, y and error-bar values as written. */
    record Series(List<String> x, List<String> y, List<String> extra) {
        List<Double> ys() {
            return y.stream().map(Double::parseDouble).toList();
        }
    }

    /** One panel: its title, series by name, rows (cells of a "row:" line, and its "values:" line if any). */
    record Panel(String title, Map<String, Series> series, List<List<String>> rows, List<List<String>> values) {
    }

    final List<Panel> panels = new ArrayList<>();
    final List<String> caption = new ArrayList<>();

    static DrawnData read(Path file) throws IOException {
        DrawnData d = new DrawnData();
        Panel panel = null;
        String series = null;
        Map<String, List<String>> axes = new LinkedHashMap<>();
        for (String line : Files.readAllLines(file)) {
            if (line.startsWith("chart ") || line.endsWith(", drawn by hand")) {
                d.flush(panel, series, axes);
                series = null;
                panel = new Panel(null, new LinkedHashMap<>(), new ArrayList<>(), new ArrayList<>());
                d.panels.add(panel);
            } else if (line.startsWith("title: ") && panel != null && panel.title() == null) {
                Panel titled = new Panel(line.substring(7), panel.series(), panel.rows(), panel.values());
                d.panels.set(d.panels.size() - 1, titled);
                panel = titled;
            } else if (line.startsWith("series: ")) {
                d.flush(panel, series, axes);
                series = line.substring(8);
            } else if (line.startsWith("  x: ") || line.startsWith("  y: ") || line.startsWith("  extra: ")) {
                String key = line.trim().substring(0, line.trim().indexOf(':'));
                axes.put(key, cells(line.substring(line.indexOf(':') + 2)));
            } else if (line.startsWith("row: ")) {
                panel.rows().add(cells(line.substring(5)));
            } else if (line.startsWith("  values: ")) {
                panel.values().add(cells(line.substring(10)));
            } else if (line.startsWith("caption: ")) {
                d.caption.add(line.substring(9));
            }
        }
        d.flush(panel, series, axes);
        return d;
    }

    private void flush(Panel panel, String series, Map<String, List<String>> axes) {
        if (panel != null && series != null) {
            panel.series().put(series, new Series(axes.getOrDefault("x", List.of()), axes.getOrDefault("y", List.of()),
                    axes.getOrDefault("extra", List.of())));
        }
        axes.clear();
    }

    private static List<String> cells(String text) {
        return text.isEmpty() ? List.of() : List.of(text.split(" \\| ", -1));
    }

    /** The panel with this title. */
    Panel panel(String title) {
        return panels.stream().filter(p -> title.equals(p.title())).findFirst()
                .orElseThrow(() -> new AssertionError("no panel titled " + title + " in " + panels.stream().map(Panel::title).toList()));
    }

    /** A CSV file as rows of named cells, in file order. */
    static List<Map<String, String>> csv(Path file) throws IOException {
        List<List<String>> lines = ResultReader.records(Files.readString(file));
        List<Map<String, String>> out = new ArrayList<>();
        for (List<String> l : lines.subList(1, lines.size())) {
            Map<String, String> m = new LinkedHashMap<>();
            for (int i = 0; i < l.size(); i++) {
                m.put(lines.get(0).get(i), l.get(i));
            }
            out.add(m);
        }
        return out;
    }
}
