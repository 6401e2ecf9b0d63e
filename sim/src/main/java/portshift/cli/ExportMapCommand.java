package portshift.cli;

import java.nio.file.Path;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import portshift.experiment.OutputFolder;
import portshift.map.MapFile;
import portshift.model.WorldSpec;
import portshift.scenario.LoadedScenario;
import portshift.scenario.Sweep;

/** {@code portshift export-map [SCENARIO]}: the land, a scenario's ports and its routes as one GeoJSON file, for notebooks. */
@Command(name = "export-map", mixinStandardHelpOptions = true,
        description = "Write one GeoJSON file (longitude and latitude, WGS84) holding the land outlines within the map's "
                + "area (Natural Earth, public domain) and the ports of a scenario's world with their id, name, country, "
                + "region, role and throughput, and its routes as lines along sea lanes (around the land; through the "
                + "Panama Canal where that is the way).")
final class ExportMapCommand extends Subcommand {
    @Parameters(index = "0", arity = "0..1", paramLabel = "SCENARIO", defaultValue = "scenarios/baseline.yaml",
            description = "the scenario whose ports are drawn (default: ${DEFAULT-VALUE})")
    Path scenario;

    @Option(names = "--out", paramLabel = "FILE", defaultValue = "results/map.geojson",
            description = "the file to write (default: ${DEFAULT-VALUE})")
    Path out;

    @Override
    public Integer call() {
        WorldSpec world = Sweep.refused(LoadedScenario.load(scenario), "export-map").config().world();
        OutputFolder.prepareFile(out);
        OutputFolder.writeWhole(out, MapFile.geoJson(world.ports(), world.routes()), "the map");
        out().println("map of " + world.ports().size() + " ports, " + world.routes().size()
                + " routes along sea lanes and the land in " + Printable.of(out.toString()));
        return 0;
    }
}
