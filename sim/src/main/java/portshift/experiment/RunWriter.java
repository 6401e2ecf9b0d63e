package portshift.experiment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

import portshift.scenario.LoadedScenario;

/** Writes the results of a single run: ports.csv, runs.csv, routes.csv and manifest.json. */
public final class RunWriter {
    private RunWriter() {
    }

    /**
     * Runs one replication with its monthly rows written to ports.csv and routes.csv as they are
     * made (so a run of any length holds none in memory), then writes runs.csv and manifest.json.
     */
    public static RunResult run(Path dir, LoadedScenario scenario, long seed) {
        String name = scenario.config().scenario();
        try {
            OutputFolder.unfinished(dir);
        } catch (IOException e) {
            throw OutputFolder.cannotWrite(dir, e);
        }
        try (AtomicOutput ports = AtomicOutput.open(dir.resolve("ports.csv"));
             AtomicOutput routes = AtomicOutput.open(dir.resolve("routes.csv"))) {
            ports.write(ResultTables.header(ResultTables.PORT_COLUMNS));
            routes.write(ResultTables.header(ResultTables.ROUTE_COLUMNS));
            RunResult result = Replication.run(scenario.config(), 0, seed, new StreamedRows(ports, routes, name, 0, seed));
            ports.commit();
            routes.commit();
            writeRunAndManifest(dir, "run", scenario, result);
            return result;
        } catch (IOException | UncheckedIOException e) {
            throw OutputFolder.cannotWrite(dir, e);
        }
    }

    /** Writes the run's files; the manifest names the command that made them. */
    public static void write(Path dir, String command, LoadedScenario scenario, RunResult result) {
        try {
            OutputFolder.unfinished(dir);
            AtomicFiles.write(dir.resolve("ports.csv"), ResultTables.header(ResultTables.PORT_COLUMNS) + ResultTables.portRows(result));
            AtomicFiles.write(dir.resolve("routes.csv"), ResultTables.header(ResultTables.ROUTE_COLUMNS) + ResultTables.routeRows(result));
            writeRunAndManifest(dir, command, scenario, result);
        } catch (IOException e) {
            throw OutputFolder.cannotWrite(dir, e);
        }
    }

    /** runs.csv, then manifest.json last, so that a folder with a manifest is complete. */
    private static void writeRunAndManifest(Path dir, String command, LoadedScenario scenario, RunResult result)
            throws IOException {
        AtomicFiles.write(dir.resolve("runs.csv"), ResultTables.header(ResultTables.RUN_COLUMNS) + ResultTables.runRow(result.summary()));
        AtomicFiles.write(dir.resolve(OutputFolder.MANIFEST), Manifest.of(command, List.of(scenario), List.of(result.summary().seed()),
                result.interventions()));
    }
}
