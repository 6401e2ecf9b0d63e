package portshift.experiment;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import portshift.analysis.ColumnNames;
import portshift.scenario.Sweep;

/**
 * variants.csv of a batch: each variant's scenario file and the value of every swept path, one column each, named by
 * the path as an identifier ({@link ColumnNames}: {@code alliance.harmonization} becomes
 * {@code alliance_harmonization}).
 */
public final class VariantsFile {
    private VariantsFile() {
    }

    public static String render(List<Sweep.Variant> variants) {
        Set<String> paths = new LinkedHashSet<>();
        variants.forEach(v -> paths.addAll(v.values().keySet()));
        List<String> header = new ArrayList<>(List.of("scenario", "file"));
        header.addAll(ColumnNames.of(List.copyOf(paths), java.util.Set.copyOf(header)));
        Csv csv = new Csv().header(header);
        for (Sweep.Variant v : variants) {
            List<Object> row = new ArrayList<>(List.of(v.name(), v.scenario().file().toString()));
            for (String p : paths) {
                row.add(v.values().getOrDefault(p, ""));
            }
            csv.row(row.toArray());
        }
        return csv.toString();
    }
}
