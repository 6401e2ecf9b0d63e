package portshift.notebooks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import portshift.ProcessBudget;
import portshift.Slow;
import portshift.TestPaths;
import portshift.cli.Main;

/**
 * Makes small fresh results (few replications, short runs) with the program in a {@code results/} folder beside a
 * {@code notebooks/} folder, named as the commands name them by default, then executes every notebook headless with
 * Debian's Jupyter and no environment variable: each must find the newest folder of its kind by itself. A cell that
 * fails, fails the test, and so does one that prints anything (text for the reader is displayed as Markdown, so that
 * printed text can only be leftover debugging). Needs the packages named in the README (.ci/run installs them); without
 * them the test is skipped.
 */
@Slow
class NotebooksTest {
    private static final Path PYTHON = Path.of("/usr/bin/python3");

    @TempDir
    Path tmp;

    private static boolean jupyterAvailable() throws IOException, InterruptedException {
        if (!Files.isExecutable(PYTHON)) {
            return false;
        }
        Process p = new ProcessBuilder(PYTHON.toString(), "-c", "import nbconvert, nbclient, ipykernel, pandas, matplotlib")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        // CPU time of the import (a hang guard); quiet: 1.1 s
        return ProcessBudget.waitFor(p, Duration.ofSeconds(60), "importing Jupyter and pandas") == 0;
    }

    private void portshift(String... args) {
        StringWriter err = new StringWriter();
        int status = Main.execute(args, new PrintWriter(new StringWriter(), true), new PrintWriter(err, true));
        assertThat(status).as(String.join(" ", args) + "\n" + err).isZero();
    }

    @Test
    void everyNotebookRunsOnFreshResults() throws Exception {
        Assumptions.assumeTrue(jupyterAvailable(), "Jupyter and pandas from Debian are not installed (see README)");
        Path scenarios = tmp.resolve("scenarios");
        Files.createDirectories(scenarios);
        String baseline = Files.readString(TestPaths.scenario("baseline.yaml")).replace("days: 2190", "days: 1100");
        Files.writeString(scenarios.resolve("baseline.yaml"), baseline);
        // every other shipped file as it is: the ones that extend the baseline then run as short as it does
        for (Path f : TestPaths.shippedScenarios()) {
            if (!f.getFileName().toString().equals("baseline.yaml")) {
                Files.copy(f, scenarios.resolve(f.getFileName()));
            }
        }
        // the folders the commands name by default (./portshift compare: results/compare-<A>-vs-<B>-<time>/)
        Path results = tmp.resolve("results");
        portshift("compare", scenarios.resolve("no-coordination.yaml").toString(), scenarios.resolve("alliance.yaml").toString(),
                "-r", "2", "--quiet", "--out", results.resolve("compare-no-coordination-vs-alliance-20260101-120000").toString());
        portshift("batch", scenarios.resolve("alliance-sweep.yaml").toString(), "-r", "2", "--quiet",
                "--out", results.resolve("batch-alliance-sweep-20260101-120500").toString());
        portshift("calibrate", "--scenario", scenarios.resolve("calibration.yaml").toString(), "-r", "1", "--evaluations", "3",
                "--days", "500", "--out", results.resolve("calibration-1").toString());
        portshift("patterns", "-r", "2", "--scenarios", scenarios.toString(), "--out",
                results.resolve("patterns-20260101-121000").toString());
        portshift("explore", scenarios.resolve("no-coordination.yaml").toString(), scenarios.resolve("alliance.yaml").toString(),
                "--samples", "10", "-r", "1", "--quiet", "--out", results.resolve("explore-20260101-121500").toString());
        // an unfinished comparison (no manifest.json yet), newer than the finished one: the notebooks pass it by
        Files.createDirectories(results.resolve("compare-no-coordination-vs-alliance-20260101-130000"));
        Path books = tmp.resolve("notebooks");
        Files.createDirectories(books);
        for (String name : List.of("compare.ipynb", "sweep.ipynb", "calibration.ipynb", "explore.ipynb")) {
            Path book = books.resolve(name);
            Files.copy(TestPaths.root().resolve("notebooks").resolve(name), book);
            // nbclient's own waits are on the wall clock: no limit for a cell, and an hour for the kernel to start and
            // for a cell's output to arrive after its reply (4 s by default, past which the output is dropped without
            // an error); hangs are the guard's below
            ProcessBuilder pb = new ProcessBuilder(PYTHON.toString(), "-m", "nbconvert", "--to", "notebook", "--execute",
                    "--inplace", "--ExecutePreprocessor.kernel_name=python3", "--ExecutePreprocessor.timeout=-1",
                    "--ExecutePreprocessor.startup_timeout=3600", "--ExecutePreprocessor.iopub_timeout=3600", book.toString());
            for (String v : List.of("PORTSHIFT_COMPARE_DIR", "PORTSHIFT_SWEEP_DIR", "PORTSHIFT_CALIBRATION_DIR",
                    "PORTSHIFT_PATTERNS_DIR", "PORTSHIFT_EXPLORE_DIR")) {
                pb.environment().remove(v);
            }
            pb.environment().put("PYDEVD_DISABLE_FILE_VALIDATION", "1");
            pb.redirectErrorStream(true);
            Path log = tmp.resolve(name + ".log");
            pb.redirectOutput(log.toFile());
            Process p = pb.start();
            // CPU time of nbconvert and its kernel (a hang guard); quiet: at most 6.2 s (compare.ipynb)
            assertThat(ProcessBudget.waitFor(p, Duration.ofSeconds(300), name)).as(name + "\n" + Files.readString(log)).isZero();
            assertThat(Files.readString(book)).as(name + " has drawn figures").contains("image/png");
            assertThat(printed(book)).as(name + ": text printed by its cells").isEmpty();
        }
    }

    /** What the executed notebook's cells wrote to standard output or error, cell by cell. */
    private static List<String> printed(Path book) throws IOException {
        List<String> out = new ArrayList<>();
        for (JsonNode cell : new ObjectMapper().readTree(book.toFile()).path("cells")) {
            for (JsonNode output : cell.path("outputs")) {
                if ("stream".equals(output.path("output_type").asText())) {
                    out.add(output.path("name").asText() + ": " + output.path("text"));
                }
            }
        }
        return out;
    }
}
