package portshift.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import portshift.TestPaths;

/** One evaluation as a black box: values in, outcomes out, the same run as 'portshift run' with the values set. */
class EvalCommandTest {
    @TempDir
    Path tmp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void shortBaseline() throws IOException {
        String baseline = Files.readString(TestPaths.scenario("baseline.yaml")).replace("days: 2190", "days: 1100");
        Files.writeString(tmp.resolve("baseline.yaml"), baseline);
    }

    private int portshift(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        return Main.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    @Test
    void theOutcomesAreThoseOfTheSameRunWithTheValuesSet() throws IOException {
        Files.writeString(tmp.resolve("in.json"), "{\"uncertainties.corruptible_share.all\": 0.03}");
        assertThat(portshift("eval", "--scenario", tmp.resolve("baseline.yaml").toString(), "--input",
                tmp.resolve("in.json").toString(), "-r", "2", "--seed", "5")).as(err.toString()).isZero();
        JsonNode result = new ObjectMapper().readTree(out.toString());
        assertThat(result.get("replications").asInt()).isEqualTo(2);
        assertThat(result.get("parameters").get("uncertainties.corruptible_share.all").asDouble()).isEqualTo(0.03);
        JsonNode delivered = result.get("outcomes").get("delivered_europe_t_per_year");
        assertThat(delivered.get("values")).hasSize(2);

        Files.writeString(tmp.resolve("set.yaml"), "extends: baseline.yaml\nname: set\nuncertainties:\n"
                + "  corruptible_share:\n    all: 0.03\n");
        Path dir = tmp.resolve("run");
        assertThat(portshift("run", tmp.resolve("set.yaml").toString(), "--seed", "6", "--out", dir.toString()))
                .as(err.toString()).isZero();
        List<String> runs = Files.readAllLines(dir.resolve("runs.csv"));
        int column = List.of(runs.get(0).split(",")).indexOf("delivered_europe_t_per_year");
        double fromRun = Double.parseDouble(runs.get(1).split(",")[column]);
        assertThat(delivered.get("values").get(1).asDouble()).as("replication 1 runs with seed 5 + 1")
                .isCloseTo(fromRun, offset(1e-6));
    }

    @Test
    void inputThatIsNotAnObjectOfValuesIsRefusedInOneLine() throws IOException {
        for (Map.Entry<String, String> bad : Map.of("[1, 2]", "found array", "{\"a\": ", "expected a JSON object",
                "{\"days\": {\"x\": 1}}", "days: expected a number, a boolean or a text",
                "{\"uncertainties.nope\": 1}", "unknown field 'nope'").entrySet()) {
            Files.writeString(tmp.resolve("bad.json"), bad.getKey());
            assertThat(portshift("eval", "--scenario", tmp.resolve("baseline.yaml").toString(), "--input",
                    tmp.resolve("bad.json").toString())).as(bad.getKey()).isEqualTo(2);
            assertThat(err.toString()).as(bad.getKey()).contains(bad.getValue()).doesNotContain("Exception");
            assertThat(err.toString().lines()).hasSize(1);
        }
    }
}
