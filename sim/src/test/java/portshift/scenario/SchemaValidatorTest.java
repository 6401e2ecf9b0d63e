package portshift.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import portshift.ProcessBudget;
import portshift.TestPaths;

/**
 * The schema agrees with the program: every shipped scenario, each file as written (as an editor sees it, before
 * extends), validates against scenarios/schema.json with an independent JSON Schema validator, Debian's
 * python3-jsonschema (draft 7, formats checked), so that an editor using the schema flags nothing the program takes.
 * The files are read as YAML 1.2 reads them, dates as text.
 */
class SchemaValidatorTest {
    /** CPU time for the validator over every file (a hang guard). Quiet: about 0.4 s. */
    private static final Duration CPU = Duration.ofSeconds(60);
    private static final String PYTHON = "/usr/bin/python3";
    private static final String VALIDATE = String.join("\n",
            "import json, sys",
            "from jsonschema import Draft7Validator, FormatChecker",
            "schema = json.load(open(sys.argv[1], encoding='utf-8'))",
            "Draft7Validator.check_schema(schema)",
            "validator = Draft7Validator(schema, format_checker=FormatChecker())",
            "for name in sys.argv[2:]:",
            "    for e in validator.iter_errors(json.load(open(name, encoding='utf-8'))):",
            "        print(name + ': ' + '.'.join(str(p) for p in e.absolute_path) + ': ' + e.message)");

    @TempDir
    Path tmp;

    @Test
    void everyShippedScenarioValidatesWithAnIndependentValidator() throws Exception {
        Assumptions.assumeTrue(available(), "Debian's python3-jsonschema is not installed (.ci/run installs it)");
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        ObjectMapper json = new ObjectMapper();
        List<Path> files = new ArrayList<>(TestPaths.shippedScenarios());
        files.add(TestPaths.root().resolve("sim/src/test/resources/portshift/model/tiny-world.yaml"));
        List<String> command = new ArrayList<>(List.of(PYTHON, "-c", VALIDATE, TestPaths.scenario("schema.json").toString()));
        for (Path f : files) {
            Path converted = tmp.resolve(f.getFileName() + ".json");
            json.writeValue(converted.toFile(), yaml.readTree(f.toFile()));
            command.add(converted.toString());
        }
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        int status = ProcessBudget.waitFor(p, CPU, "jsonschema over the shipped scenarios");
        String said = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(status).as(said).isZero();
        assertThat(said).as("what the validator flags").isEmpty();
        System.out.println("schema: " + files.size() + " scenario files valid by python3-jsonschema");
    }

    private static boolean available() throws IOException, InterruptedException {
        if (!Files.isExecutable(Path.of(PYTHON))) {
            return false;
        }
        Process p = new ProcessBuilder(PYTHON, "-c", "import jsonschema").redirectErrorStream(true).start();
        return ProcessBudget.waitFor(p, CPU, "import jsonschema") == 0;
    }
}
