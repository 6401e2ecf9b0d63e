package portshift.experiment;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import portshift.scenario.LoadedScenario;

/** Writes the results of a single run: ports.csv, runs.csv, routes.csv and manifest.json. */
public final class RunWriter {
    private RunWriter() {
    }

    public static void write(Path dir, LoadedScenario scenario, RunResult result) {
        write(dir, "run", scenario, result);
    }

    /** Writes the run's files; the manifest names the command that made them. */
    public static void write(Path dir, String command, LoadedScenario scenario, RunResult result) {
        try {
            AtomicFiles.write(dir.resolve("ports.csv"), ResultTables.header(ResultTables.PORT_COLUMNS) + ResultTables.portRows(result));
            AtomicFiles.write(dir.resolve("runs.csv"), ResultTables.header(ResultTables.RUN_COLUMNS) + ResultTables.runRow(result.summary()));
            AtomicFiles.write(dir.resolve("routes.csv"), ResultTables.header(ResultTables.ROUTE_COLUMNS) + ResultTables.routeRows(result));
            AtomicFiles.write(dir.resolve("manifest.json"), Manifest.of(command, List.of(scenario), List.of(result.summary().seed()),
                    result.interventions()));
        } catch (IOException e) {
            throw new OutputFolder.OutputException(dir + ": cannot write results: " + OutputFolder.reason(e));
        }
    }
}
