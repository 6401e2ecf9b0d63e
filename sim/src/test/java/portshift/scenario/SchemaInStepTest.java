package portshift.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import portshift.TestPaths;

/** scenarios/schema.json and the docs' field reference are what the program generates today. */
class SchemaInStepTest {

    @Test
    void theCommittedSchemaIsTheGeneratedOne() throws IOException {
        String committed = Files.readString(TestPaths.scenario("schema.json"));
        assertThat(committed).as("regenerate with: ./portshift schema > scenarios/schema.json")
                .isEqualTo(SchemaGenerator.schemaJson());
    }

    @Test
    void theDocsFieldReferenceIsTheGeneratedOne() throws IOException {
        String doc = Files.readString(TestPaths.root().resolve("docs/scenarios.md"));
        String start = "<!-- reference:start -->\n";
        String section = doc.substring(doc.indexOf(start) + start.length(), doc.indexOf("<!-- reference:end -->"));
        assertThat(section).as("regenerate with: ./portshift schema --reference").isEqualTo(FieldReference.referenceMarkdown(
                LoadedScenario.load(TestPaths.scenario("baseline.yaml")).parameters()));
    }

    @Test
    void everyShippedScenarioNamesTheSchemaOnItsFirstLine() throws IOException {
        for (Path file : TestPaths.shippedScenarios()) {
            assertThat(Files.readAllLines(file).get(0)).as(file.toString())
                    .isEqualTo("# yaml-language-server: $schema=schema.json");
        }
    }

    @Test
    void everyFieldIsDocumented() {
        for (String[] row : FieldReference.reference()) {
            assertThat(row[4]).as(row[0]).isNotBlank();
        }
    }
}
