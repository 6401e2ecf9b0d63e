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
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import portshift.TestPaths;
import portshift.analysis.ColumnNames;

/**
 * One evaluation as a black box: values in, outcomes out, the same run as 'portshift run' with the values set; the
 * input read strictly, every mistake one line located in the JSON; and many evaluations in one process as JSON lines.
 */
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
        return portshift(new byte[0], args);
    }

    private int portshift(byte[] stdin, String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        return Main.execute(args, new ByteArrayInputStream(stdin), new PrintWriter(out, true), new PrintWriter(err, true));
    }

    private int eval(String stdin, String... more) {
        return eval(stdin.getBytes(StandardCharsets.UTF_8), more);
    }

    private int eval(byte[] stdin, String... more) {
        String[] args = new String[3 + more.length];
        args[0] = "eval";
        args[1] = "--scenario";
        args[2] = tmp.resolve("baseline.yaml").toString();
        System.arraycopy(more, 0, args, 3, more.length);
        return portshift(stdin, args);
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
        Iterator<String> names = result.get("outcomes").fieldNames();
        names.forEachRemaining(n -> assertThat(n).as("an outcome's name").matches(ColumnNames.IDENTIFIER));

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

    /** Input on standard input against the one line it must give: where in the JSON, and what. */
    @Test
    void everyMistakeIsOneLineLocatedInTheJson() {
        Map<String, String> cases = new LinkedHashMap<>();
        cases.put("{} junk", "stdin:1:4: expected the end of the input after the JSON object, found more");
        cases.put("{}{}", "stdin:1:3: expected the end of the input after the JSON object, found more");
        cases.put("{\"days\": 500,\n \"days\": 600}", "stdin:2:8: days: given twice; expected each field path once");
        cases.put("", "stdin:1:1: expected a JSON object of field paths to values");
        cases.put(" \n\t", "stdin:1:1: expected a JSON object of field paths to values");
        cases.put("[1, 2]", "stdin:1:1: expected a JSON object of field paths to values, such as "
                + "{\"uncertainties.corruptible_share.all\": 0.02}, found an array");
        cases.put("{\"a\": ", "stdin:1:7: expected a JSON object of field paths to values");
        cases.put("{\"days\": {\"x\": 1}}", "stdin:1:10: days: expected a number, a boolean or a text, found an "
                + "object (values do not nest)");
        cases.put("{\"a\":".repeat(10_000) + "1" + "}".repeat(10_000), "stdin:1:6: a: expected a number, a boolean "
                + "or a text, found an object (values do not nest)");
        cases.put("[".repeat(10_000), "stdin:1:1: expected a JSON object of field paths to values");
        cases.put("{\"days\": null}", "stdin:1:10: days: expected a number, a boolean or a text, found null");
        cases.put("{\n  \"uncertainties.nope\": 1\n}", "stdin:2:3: uncertainties.nope: unknown field 'nope'");
        cases.put("{\n  \"days\": \"x\"\n}", "stdin:2:3: days: expected a whole number, found 'x'");
        cases.put("{\"ports.NOWHERE[2].x\": 1}", "stdin:1:2: ports.NOWHERE[2].x: NOWHERE has no element 2");
        cases.put("{\"a\": \"" + "x".repeat(JsonInput.MAX_BYTES) + "\"}", "stdin:1:1: expected at most 1048576 bytes "
                + "of JSON, found more");
        for (Map.Entry<String, String> c : cases.entrySet()) {
            String shown = c.getKey().length() > 40 ? c.getKey().substring(0, 40) + "..." : c.getKey();
            assertThat(eval(c.getKey())).as(shown + "\n" + err).isEqualTo(2);
            assertThat(err.toString().lines()).as(shown).hasSize(1);
            assertThat(err.toString()).as(shown).startsWith("portshift: " + c.getValue()).doesNotContain("Exception");
            assertThat(out.toString()).as(shown).isEmpty();
        }
    }

    @Test
    void bytesThatAreNotUtf8AreRefusedWhereTheyStandOnStandardInputAndInAFile() throws IOException {
        byte[] latin1 = "{\"name\": \"caf\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1);
        assertThat(eval(latin1)).isEqualTo(2);
        assertThat(err.toString()).isEqualTo("portshift: stdin:1:14: expected UTF-8 text, found the byte 0xE9"
                + System.lineSeparator());
        Path file = tmp.resolve("latin1.json");
        Files.write(file, latin1);
        assertThat(eval(new byte[0], "--input", file.toString())).isEqualTo(2);
        assertThat(err.toString()).isEqualTo("portshift: " + file + ":1:14: expected UTF-8 text, found the byte 0xE9"
                + System.lineSeparator());
    }

    /**
     * JSON lines: one result line per line read, in order, each a whole JSON object; a refused line gives its located
     * error and the process goes on; the exit status says whether any was refused.
     */
    @Test
    void jsonLinesServeManyEvaluationsInOneProcessAndGoOnPastABadLine() throws IOException {
        String good = "{\"uncertainties.corruptible_share.all\": 0.03}";
        byte[] lines = (good + "\n{} junk\n\n{\"days\": 500, \"days\": 600}\r\n{\"name\": \"caf").getBytes(
                StandardCharsets.UTF_8);
        byte[] bad = {(byte) 0xE9, '"', '}', '\n'};
        byte[] all = new byte[lines.length + bad.length + good.length() + 1];
        System.arraycopy(lines, 0, all, 0, lines.length);
        System.arraycopy(bad, 0, all, lines.length, bad.length);
        System.arraycopy((good + "\n").getBytes(StandardCharsets.UTF_8), 0, all, lines.length + bad.length,
                good.length() + 1);
        assertThat(eval(all, "--lines", "--seed", "3")).isEqualTo(2);
        assertThat(err.toString()).isEqualTo("portshift: stdin: 4 of 6 lines refused; each has an error line on "
                + "standard output" + System.lineSeparator());
        List<String> printed = out.toString().lines().toList();
        assertThat(printed).hasSize(6);
        ObjectMapper json = new ObjectMapper();
        List<JsonNode> results = printed.stream().map(l -> {
            try {
                return json.readTree(l);
            } catch (IOException e) {
                throw new AssertionError(l, e);
            }
        }).toList();
        for (int i = 0; i < 6; i++) {
            assertThat(results.get(i).get("line").asInt()).isEqualTo(i + 1);
        }
        assertThat(results.get(1).get("error").asText()).startsWith("stdin:2:4: expected the end of the input");
        assertThat(results.get(2).get("error").asText()).startsWith("stdin:3:1: expected a JSON object")
                .endsWith("found an empty line");
        assertThat(results.get(3).get("error").asText()).isEqualTo("stdin:4:21: days: given twice; expected each "
                + "field path once");
        assertThat(results.get(4).get("error").asText()).isEqualTo("stdin:5:14: expected UTF-8 text, found the byte "
                + "0xE9");
        assertThat(results.get(0).get("outcomes")).isEqualTo(results.get(5).get("outcomes"));

        assertThat(eval(good, "--seed", "3")).isZero();
        JsonNode single = json.readTree(out.toString());
        assertThat(results.get(0).get("outcomes")).as("a line's outcomes are the single object's")
                .isEqualTo(single.get("outcomes"));
        assertThat(eval(good + "\n" + good + "\n", "--lines", "--seed", "3")).isZero();
        assertThat(err.toString()).isEmpty();
        assertThat(out.toString().lines()).hasSize(2);
        assertThat(eval("", "--lines")).isEqualTo(2);
        assertThat(err.toString()).isEqualTo("portshift: stdin:1:1: expected JSON lines, one object of field paths "
                + "to values per line, found empty input" + System.lineSeparator());
    }

    @Test
    void aScenarioWithASweepIsRefused() {
        assertThat(portshift("eval", "--scenario", TestPaths.scenario("alliance-sweep.yaml").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("alliance-sweep.yaml:16:1: sweep: eval takes a scenario without a sweep");
        assertThat(err.toString().lines()).hasSize(1);
    }
}
