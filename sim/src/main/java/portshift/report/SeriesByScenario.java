package portshift.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import portshift.experiment.ResultReader;
import portshift.observe.PortMonth;

/** Port rows of a batch arranged per scenario, replication, port and month, for drawing. */
final class SeriesByScenario {
    private final Map<String, Map<Integer, List<PortMonth>>> rows = new LinkedHashMap<>();
    private final TreeSet<String> months = new TreeSet<>();

    SeriesByScenario(List<ResultReader.PortRow> ports) {
        for (ResultReader.PortRow r : ports) {
            rows.computeIfAbsent(r.scenario(), k -> new LinkedHashMap<>())
                    .computeIfAbsent(r.replication(), k -> new ArrayList<>()).add(r.month());
            months.add(r.month().month());
        }
    }

    List<String> months() {
        return new ArrayList<>(months);
    }

    /** Per replication, the rows of one scenario. */
    Map<Integer, List<PortMonth>> runs(String scenario) {
        return rows.getOrDefault(scenario, Map.of());
    }

    /** European import ports, in the order they appear. */
    List<String> europeanPorts() {
        List<String> out = new ArrayList<>();
        for (Map<Integer, List<PortMonth>> runs : rows.values()) {
            for (List<PortMonth> run : runs.values()) {
                for (PortMonth m : run) {
                    if ("EUROPE".equals(m.region()) && !out.contains(m.port())) {
                        out.add(m.port());
                    }
                }
                return out;
            }
        }
        return out;
    }
}
