package portshift.brief;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import portshift.scenario.ScenarioException;

/**
 * The displacement map's figures from a comparison's folder: the European ports and the land from map.geojson, and
 * per port the tonnes a year arriving under each arm (seized and delivered, over the reported months, averaged over
 * the replications) from ports.csv, read a line at a time.
 */
final class FlowMaps {
    private FlowMaps() {
    }

    static FlowMap read(Path dir, String a, String b) {
        JsonNode map = BriefReader.json(dir.resolve("map.geojson"));
        List<double[][]> land = new ArrayList<>();
        Map<String, JsonNode> ports = new HashMap<>();
        List<String> order = new ArrayList<>();
        for (JsonNode f : map.path("features")) {
            String type = f.path("geometry").path("type").asText();
            String kind = f.path("properties").path("kind").asText();
            if (type.equals("Polygon") && kind.equals("land")) {
                land.add(ring(f.path("geometry").path("coordinates").path(0)));
            } else if (type.equals("Point") && kind.equals("port")
                    && f.path("properties").path("region").asText().equals("EUROPE")) {
                String id = f.path("properties").path("id").asText();
                ports.put(id, f);
                order.add(id);
            }
        }
        Map<String, double[]> tonnes = tonnes(dir.resolve("ports.csv"), a, b);
        List<FlowMap.Port> out = new ArrayList<>();
        for (String id : order) {
            JsonNode f = ports.get(id);
            JsonNode xy = f.path("geometry").path("coordinates");
            double[] t = tonnes.getOrDefault(id, new double[] {0, 0});
            out.add(new FlowMap.Port(id, f.path("properties").path("name").asText(id), xy.path(0).asDouble(),
                    xy.path(1).asDouble(), t[0], t[1]));
        }
        return new FlowMap(out, land);
    }

    private static double[][] ring(JsonNode coordinates) {
        double[][] r = new double[coordinates.size()][];
        for (int i = 0; i < r.length; i++) {
            r[i] = new double[] {coordinates.path(i).path(0).asDouble(), coordinates.path(i).path(1).asDouble()};
        }
        return r;
    }

    /** Per port, {A, B}: attempted tonnes a year over the reported months, averaged over the replications. */
    private static Map<String, double[]> tonnes(Path file, String a, String b) {
        Map<String, double[]> kg = new HashMap<>();
        Map<String, Set<String>> months = new HashMap<>();
        Map<String, Set<String>> replications = new HashMap<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String header = in.readLine();
            if (header == null) {
                throw new ScenarioException(file + ":1: expected a header, found an empty file");
            }
            List<String> columns = List.of(header.split(",", -1));
            int scenario = index(columns, "scenario", file);
            int replication = index(columns, "replication", file);
            int port = index(columns, "port", file);
            int month = index(columns, "month", file);
            int reported = index(columns, "reported", file);
            int attempted = index(columns, "attempted_kg", file);
            // where each cell of a line begins, and one past the last: the line is cut at its commas, and only the
            // cells read are made into text (a comparison's ports.csv has some 150,000 lines of 22 cells)
            int[] cut = new int[columns.size() + 1];
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (!cut(line, cut) || !cell(line, cut, reported).equals("true")) {
                    continue;
                }
                String name = cell(line, cut, scenario);
                int arm = name.equals(a) ? 0 : name.equals(b) ? 1 : -1;
                if (arm < 0) {
                    continue;
                }
                kg.computeIfAbsent(cell(line, cut, port), k -> new double[2])[arm]
                        += Double.parseDouble(cell(line, cut, attempted));
                months.computeIfAbsent(name, k -> new HashSet<>()).add(cell(line, cut, month));
                replications.computeIfAbsent(name, k -> new HashSet<>()).add(cell(line, cut, replication));
            }
        } catch (IOException | NumberFormatException e) {
            throw new ScenarioException(file + ": cannot read the ports' months: " + e.getMessage());
        }
        double[] years = new double[2];
        String[] names = {a, b};
        for (int i = 0; i < 2; i++) {
            int m = months.getOrDefault(names[i], Set.of()).size();
            int r = replications.getOrDefault(names[i], Set.of()).size();
            years[i] = m * r / 12.0;
        }
        Map<String, double[]> out = new HashMap<>();
        kg.forEach((p, v) -> out.put(p, new double[] {years[0] > 0 ? v[0] / 1000 / years[0] : 0,
            years[1] > 0 ? v[1] / 1000 / years[1] : 0}));
        return out;
    }

    /** Cuts the line at its commas into the cells' bounds; false if it has not as many cells as there are columns. */
    private static boolean cut(String line, int[] cut) {
        int cells = 0;
        int from = 0;
        for (int comma = line.indexOf(','); comma >= 0; comma = line.indexOf(',', comma + 1)) {
            if (++cells == cut.length - 1) {
                return false;
            }
            cut[cells - 1] = from;
            from = comma + 1;
        }
        cut[cells] = from;
        cut[cells + 1] = line.length() + 1;
        return cells + 1 == cut.length - 1;
    }

    private static String cell(String line, int[] cut, int i) {
        return line.substring(cut[i], cut[i + 1] - 1);
    }

    private static int index(List<String> columns, String name, Path file) {
        int i = columns.indexOf(name);
        if (i < 0) {
            throw new ScenarioException(file + ":1: expected a column " + name + ", found " + String.join(",", columns));
        }
        return i;
    }
}
