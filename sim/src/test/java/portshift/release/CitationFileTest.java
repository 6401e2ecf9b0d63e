package portshift.release;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import portshift.ProcessBudget;
import portshift.TestPaths;
import portshift.experiment.Manifest;

/**
 * CITATION.cff is valid Citation File Format 1.2.0 by an independent validator (Debian's python3-jsonschema against
 * the format's published schema, in the test resources), and names the version the build makes and the licence.
 */
class CitationFileTest {
    private static final String PYTHON = "/usr/bin/python3";
    private static final String VALIDATE = String.join("\n",
            "import json, sys",
            "from jsonschema import Draft7Validator, FormatChecker",
            "schema = json.load(open(sys.argv[1], encoding='utf-8'))",
            "Draft7Validator.check_schema(schema)",
            "errors = list(Draft7Validator(schema, format_checker=FormatChecker()).iter_errors(",
            "    json.load(open(sys.argv[2], encoding='utf-8'))))",
            "for e in errors:",
            "    print('.'.join(str(p) for p in e.absolute_path) + ': ' + e.message)",
            "print('valid' if not errors else 'invalid')");

    @TempDir
    Path tmp;

    @Test
    void theCitationFileIsValidAndNamesThisVersionAndTheLicence() throws Exception {
        Path cff = TestPaths.root().resolve("CITATION.cff");
        JsonNode citation = new ObjectMapper(new YAMLFactory()).readTree(cff.toFile());
        Path json = tmp.resolve("citation.json");
        new ObjectMapper().writeValue(json.toFile(), citation);
        Path schema = TestPaths.root().resolve("sim/src/test/resources/cff/schema-1.2.0.json");
        assertThat(Path.of(PYTHON)).as("python3 with jsonschema, installed by .ci/run").isExecutable();
        Process p = new ProcessBuilder(PYTHON, "-c", VALIDATE, schema.toString(), json.toString())
                .redirectErrorStream(true).start();
        int status = ProcessBudget.waitFor(p, Duration.ofSeconds(60), "jsonschema over CITATION.cff");
        String said = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertThat(status).as(said).isZero();
        assertThat(said).isEqualTo("valid");
        System.out.println("CITATION.cff: " + said + " against the Citation File Format 1.2.0 schema");

        assertThat(citation.path("version").asText()).as("the version the build makes")
                .isEqualTo(System.getProperty("portshift.version")).isEqualTo(Manifest.version());
        assertThat(citation.path("license").asText()).isEqualTo("Apache-2.0");
        assertThat(Files.readString(TestPaths.root().resolve("LICENSE"))).contains("Apache License")
                .contains("Version 2.0, January 2004");
        assertThat(Files.readString(TestPaths.root().resolve("CHANGELOG.md")))
                .contains("## [" + Manifest.version() + "] - " + citation.path("date-released").asText());
    }
}
