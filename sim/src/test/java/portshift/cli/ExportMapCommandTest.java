package portshift.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import portshift.TestPaths;
import portshift.model.PortSpec;
import portshift.scenario.LoadedScenario;

/** export-map: the land and the baseline's ports as GeoJSON, and its one-line refusals. */
class ExportMapCommandTest {
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
        for (JsonNode feature : map.get("features")) {
            assertThat(feature.get("type").asText()).isEqualTo("Feature");
            String kind = feature.get("properties").get("kind").asText();
            (kind.equals("land") ? land : points).add(feature);
        }
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
        assertThat(out.toString()).contains("34 ports");
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
