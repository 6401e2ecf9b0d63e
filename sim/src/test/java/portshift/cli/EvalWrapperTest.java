package portshift.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import portshift.ProcessBudget;
import portshift.Slow;
import portshift.TestPaths;

/**
 * The Python class of docs/outputs.md ("One evaluation"), as the page writes it, driving the program: two evaluations
 * and a refused one in one process, with the outcomes of the same objects evaluated one at a time.
 */
@Slow
class EvalWrapperTest {
    private static final Path PYTHON = Path.of("/usr/bin/python3");

    @TempDir
    Path tmp;

    @Test
    void theDocumentedWrapperKeepsOneProcessForManyEvaluations() throws IOException, InterruptedException {
        Assumptions.assumeTrue(Files.isExecutable(PYTHON), "Debian's python3 is not installed");
        String page = Files.readString(TestPaths.root().resolve("docs/outputs.md"));
        Matcher block = Pattern.compile("```python\n((?:(?!```).)*class Portshift(?:(?!```).)*)```", Pattern.DOTALL).matcher(page);
        assertThat(block.find()).as("the wrapper's code block in docs/outputs.md").isTrue();
        Path scenario = tmp.resolve("baseline.yaml");
        Files.writeString(scenario, Files.readString(TestPaths.scenario("baseline.yaml")).replace("days: 2190", "days: 500"));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String first = "{\"uncertainties.corruptible_share.all\": 0.02}";
        String second = "{\"port_defaults.IMPORT.inspections_per_officer_per_day\": 0.8}";
        Path script = tmp.resolve("drive.py");
        Files.writeString(script, block.group(1) + """

                import sys
                model = Portshift(command=sys.argv[1:5], scenario=sys.argv[5], replications=1, seed=4)
                first = model(json.loads(sys.argv[6]))
                second = model(json.loads(sys.argv[7]))
                try:
                    model({"uncertainties.nope": 1})
                    refused = None
                except ValueError as e:
                    refused = str(e)
                status = model.close()
                print(json.dumps({"first": first, "second": second, "refused": refused, "status": status}))
                """);
        ProcessBuilder pb = new ProcessBuilder(PYTHON.toString(), script.toString(), java, "-cp",
                System.getProperty("java.class.path"), "portshift.cli.Main", scenario.toString(), first, second);
        Path log = tmp.resolve("python.log");
        pb.redirectOutput(tmp.resolve("python.out").toFile()).redirectError(log.toFile());
        Process p = pb.start();
        // CPU time of Python, the JVM and three evaluations of 500 days (a hang guard); quiet: about 6 s
        assertThat(ProcessBudget.waitFor(p, Duration.ofSeconds(120), "the documented wrapper")).as(Files.readString(log))
                .isZero();
        JsonNode got = new ObjectMapper().readTree(Files.readString(tmp.resolve("python.out")));
        assertThat(got.get("refused").asText()).isEqualTo("stdin:3:2: uncertainties.nope: unknown field 'nope'; "
                + "expected one of containers, corruptible_share, customs, footholds, insiders, producer_price_usd_per_kg, "
                + "supply_tonnes_per_year, traffickers, wholesale_price_usd_per_kg");
        assertThat(got.get("status").asInt()).as("one line was refused").isEqualTo(2);
        for (String which : List.of("first", "second")) {
            JsonNode alone = evaluateAlone(scenario, which.equals("first") ? first : second);
            alone.fieldNames().forEachRemaining(name -> assertThat(got.get(which).get(name).asDouble()).as(which + " " + name)
                    .isCloseTo(alone.get(name).get("mean").asDouble(), offset(1e-9)));
            assertThat(got.get(which).size()).isEqualTo(alone.size());
        }
    }

    private static JsonNode evaluateAlone(Path scenario, String values) throws IOException {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Main.execute(new String[] {"eval", "--scenario", scenario.toString(), "-r", "1", "--seed", "4"},
                new ByteArrayInputStream(values.getBytes(StandardCharsets.UTF_8)), new PrintWriter(out, true),
                new PrintWriter(err, true));
        assertThat(status).as(err.toString()).isZero();
        return new ObjectMapper().readTree(out.toString()).get("outcomes");
    }
}
