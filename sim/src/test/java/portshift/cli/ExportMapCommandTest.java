package portshift.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import portshift.TestPaths;
import portshift.map.Canal;
import portshift.map.LandCrossing;
import portshift.model.PortSpec;
import portshift.model.RouteSpec;
import portshift.model.WorldSpec;
import portshift.scenario.LoadedScenario;

/** export-map: the land, the baseline's ports and its routes along sea lanes as GeoJSON, and its one-line refusals. */
class ExportMapCommandTest {
    /** The longest a port's access may be in the default world (Hamburg's, down the Elbe): see SeaLanesTest. */
    private static final double ACCESS_KM = 75;
    /** Land a segment of a route may cross, from the rounding of its ends to four decimals. */
    private static final double ROUNDING_KM = 0.05;

    @TempDir
    Path tmp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int exportMap(String... args) {
        String[] all = new String[args.length + 1];
        all[0] = "export-map";
        System.arraycopy(args, 0, all, 1, args.length);
        return Main.execute(all, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    private Path baselineMap(String name) {
        Path file = tmp.resolve(name);
        assertThat(exportMap(TestPaths.scenario("baseline.yaml").toString(), "--out", file.toString())).as(err.toString()).isZero();
        return file;
    }

    private void assertOneLineUserError(int status) {
        assertThat(status).isEqualTo(2);
        assertThat(err.toString().strip()).startsWith("portshift: ").doesNotContain("\n").doesNotContain("Exception");
    }

    @Test
    void writesLandPolygonsWithinTheMapAndOnePointPerPort() throws IOException {
        JsonNode map = new ObjectMapper().readTree(baselineMap("map.geojson").toFile());
        assertThat(map.get("type").asText()).isEqualTo("FeatureCollection");
        List<JsonNode> land = new ArrayList<>();
        List<JsonNode> points = new ArrayList<>();
        List<String> kinds = new ArrayList<>();
        for (JsonNode feature : map.get("features")) {
            assertThat(feature.get("type").asText()).isEqualTo("Feature");
            String kind = feature.get("properties").get("kind").asText();
            if (kinds.isEmpty() || !kinds.get(kinds.size() - 1).equals(kind)) {
                kinds.add(kind);
            }
            if (kind.equals("land")) {
                land.add(feature);
            } else if (kind.equals("port")) {
                points.add(feature);
            }
        }
        assertThat(kinds).as("land, then ports, then routes").containsExactly("land", "port", "route");
        assertThat(land).hasSizeGreaterThan(100).allSatisfy(f -> {
            assertThat(f.get("geometry").get("type").asText()).isEqualTo("Polygon");
            for (JsonNode ring : f.get("geometry").get("coordinates")) {
                assertThat(ring.size()).isGreaterThanOrEqualTo(4);
                assertThat(ring.get(0)).isEqualTo(ring.get(ring.size() - 1));
                for (JsonNode p : ring) {
                    assertThat(p.get(0).asDouble()).isBetween(-100.0, 42.0);
                    assertThat(p.get(1).asDouble()).isBetween(-38.0, 66.0);
                }
            }
        });

        List<PortSpec> ports = LoadedScenario.load(TestPaths.scenario("baseline.yaml")).config().world().ports();
        assertThat(points).hasSameSizeAs(ports);
        for (int i = 0; i < ports.size(); i++) {
            PortSpec port = ports.get(i);
            JsonNode point = points.get(i);
            JsonNode properties = point.get("properties");
            assertThat(point.get("geometry").get("type").asText()).isEqualTo("Point");
            assertThat(properties.get("kind").asText()).isEqualTo("port");
            assertThat(properties.get("id").asText()).isEqualTo(port.id());
            assertThat(properties.get("name").asText()).isEqualTo(port.name());
            assertThat(properties.get("country").asText()).isEqualTo(port.facts().country());
            assertThat(properties.get("region").asText()).isEqualTo(port.region().name());
            assertThat(properties.get("role").asText()).isEqualTo(port.role().name());
            assertThat(properties.get("teu_millions").asDouble()).isEqualTo(port.facts().teuMillions());
        }
        JsonNode antwerp = points.stream().filter(p -> p.get("properties").get("id").asText().equals("ANTWERP"))
                .findFirst().orElseThrow().get("geometry").get("coordinates");
        assertThat(antwerp.get(0).asDouble()).isEqualTo(4.40);
        assertThat(antwerp.get(1).asDouble()).isEqualTo(51.26);
        assertThat(out.toString()).contains("34 ports, 594 routes");
    }

    /**
     * One line per route of the scenario, in its order, with its ids and days, from the origin's position (through
     * the hub's) to the destination's, along sea lanes: no segment of it crosses land but a port's access (a segment
     * that ends at a port, at most {@value #ACCESS_KM} km long: the coastal allowance) and the Panama Canal.
     */
    @Test
    void eachRouteIsALineAlongSeaLanesThatCrossesNoLand() throws IOException {
        JsonNode map = new ObjectMapper().readTree(baselineMap("map.geojson").toFile());
        WorldSpec world = LoadedScenario.load(TestPaths.scenario("baseline.yaml")).config().world();
        Map<String, List<Double>> at = new HashMap<>();
        for (PortSpec p : world.ports()) {
            at.put(p.id(), List.of(p.facts().lon(), p.facts().lat()));
        }
        Set<List<Double>> ports = new HashSet<>(at.values());
        Set<List<Double>> canal = new HashSet<>();
        for (double[] p : Canal.PANAMA.points()) {
            canal.add(List.of(p[0], p[1]));
        }
        List<JsonNode> routes = new ArrayList<>();
        map.get("features").forEach(f -> {
            if (f.get("properties").get("kind").asText().equals("route")) {
                routes.add(f);
            }
        });
        assertThat(routes).hasSameSizeAs(world.routes());
        Set<List<List<Double>>> segments = new LinkedHashSet<>();
        for (int i = 0; i < routes.size(); i++) {
            RouteSpec spec = world.routes().get(i);
            JsonNode properties = routes.get(i).get("properties");
            String id = spec.hub() == null ? spec.origin() + ">" + spec.destination()
                    : spec.origin() + ">" + spec.hub() + ">" + spec.destination();
            assertThat(properties.get("id").asText()).isEqualTo(id);
            assertThat(properties.get("origin").asText()).isEqualTo(spec.origin());
            assertThat(properties.get("hub").isNull() ? null : properties.get("hub").asText()).isEqualTo(spec.hub());
            assertThat(properties.get("destination").asText()).isEqualTo(spec.destination());
            assertThat(properties.get("sailing_days").asInt()).isEqualTo(spec.sailingDays());
            List<List<Double>> line = new ArrayList<>();
            assertThat(routes.get(i).get("geometry").get("type").asText()).isEqualTo("LineString");
            for (JsonNode p : routes.get(i).get("geometry").get("coordinates")) {
                line.add(List.of(p.get(0).asDouble(), p.get(1).asDouble()));
            }
            assertThat(line.get(0)).as(id).isEqualTo(at.get(spec.origin()));
            assertThat(line.get(line.size() - 1)).as(id).isEqualTo(at.get(spec.destination()));
            if (spec.hub() != null) {
                assertThat(line).as(id).contains(at.get(spec.hub()));
            }
            assertThat(line.size()).as(id + ": a lane, not a straight line").isGreaterThan(3);
            boolean canalTaken = false;
            for (int k = 0; k + 1 < line.size(); k++) {
                canalTaken |= canal.contains(line.get(k)) && canal.contains(line.get(k + 1));
                segments.add(List.of(line.get(k), line.get(k + 1)));
            }
            List<String> canals = new ArrayList<>();
            properties.get("canals").forEach(c -> canals.add(c.asText()));
            assertThat(canals).as(id).isEqualTo(canalTaken ? List.of("Panama Canal") : List.of());
        }
        LandCrossing land = LandCrossing.world();
        double longestAccess = 0;
        for (List<List<Double>> segment : segments) {
            List<Double> a = segment.get(0);
            List<Double> b = segment.get(1);
            if (ports.contains(a) || ports.contains(b)) {
                double km = km(a, b);
                assertThat(km).as("access from " + a + " to " + b).isLessThanOrEqualTo(ACCESS_KM);
                longestAccess = Math.max(longestAccess, km);
            } else if (!canal.contains(a) && !canal.contains(b)) {
                assertThat(land.km(a.get(0), a.get(1), b.get(0), b.get(1))).as("land crossed from " + a + " to " + b)
                        .isLessThanOrEqualTo(ROUNDING_KM);
            }
        }
        assertThat(longestAccess).isGreaterThan(0);
    }

    /** Kilometres between two positions, on the plane of longitude and latitude at their mean latitude. */
    private static double km(List<Double> a, List<Double> b) {
        double dx = (b.get(0) - a.get(0)) * Math.cos(Math.toRadians((a.get(1) + b.get(1)) / 2));
        double dy = b.get(1) - a.get(1);
        return Math.hypot(dx, dy) * 6371 * Math.PI / 180;
    }

    @Test
    void theSameScenarioGivesTheSameBytes() throws IOException {
        assertThat(Files.readAllBytes(baselineMap("a.geojson"))).isEqualTo(Files.readAllBytes(baselineMap("b.geojson")));
    }

    @Test
    void anUnwritableFileIsAOneLineErrorAndWritesNothing() throws IOException {
        Path blocker = tmp.resolve("blocker");
        Files.writeString(blocker, "a file, not a folder");
        Path file = blocker.resolve("sub").resolve("map.geojson");
        assertOneLineUserError(exportMap(TestPaths.scenario("baseline.yaml").toString(), "--out", file.toString()));
        assertThat(err.toString()).contains("blocker");
        assertThat(Files.exists(file)).isFalse();
        assertThat(Files.readString(blocker)).isEqualTo("a file, not a folder");
    }

    @Test
    void aFolderIsNotAFileName() throws IOException {
        Path folder = Files.createDirectory(tmp.resolve("folder"));
        assertOneLineUserError(exportMap(TestPaths.scenario("baseline.yaml").toString(), "--out", folder.toString()));
        assertThat(err.toString()).contains("it is a folder");
        assertThat(folder).isEmptyDirectory();
    }

    @Test
    void anUnknownScenarioIsAOneLineError() {
        Path file = tmp.resolve("map.geojson");
        assertOneLineUserError(exportMap(tmp.resolve("nowhere.yaml").toString(), "--out", file.toString()));
        assertThat(err.toString()).contains("nowhere.yaml");
        assertThat(file).doesNotExist();
    }
}
