package portshift.notebooks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import portshift.ProcessBudget;
import portshift.Slow;
import portshift.TestPaths;
import portshift.cli.Main;

/**
 * Makes small fresh results (few replications, short runs) with the program, then executes every
 * notebook headless against them with Debian's Jupyter; a cell that fails, fails the test. Needs the
 * packages named in the README (.ci/run installs them); without them the test is skipped.
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
        Path results = tmp.resolve("results");
        portshift("compare", scenarios.resolve("no-coordination.yaml").toString(), scenarios.resolve("alliance.yaml").toString(),
                "-r", "2", "--quiet", "--out", results.resolve("compare").toString());
        portshift("batch", scenarios.resolve("alliance-sweep.yaml").toString(), "-r", "2", "--quiet",
                "--out", results.resolve("sweep").toString());
        portshift("calibrate", "--scenario", scenarios.resolve("calibration.yaml").toString(), "-r", "1", "--evaluations", "3",
                "--days", "500", "--out", results.resolve("calibration").toString());
        portshift("patterns", "-r", "2", "--scenarios", scenarios.toString(), "--out", results.resolve("patterns").toString());
        portshift("explore", scenarios.resolve("no-coordination.yaml").toString(), scenarios.resolve("alliance.yaml").toString(),
                "--samples", "10", "-r", "1", "--quiet", "--out", results.resolve("explore").toString());

        Map<String, String> env = Map.of("PORTSHIFT_COMPARE_DIR", results.resolve("compare").toString(),
                "PORTSHIFT_SWEEP_DIR", results.resolve("sweep").toString(),
                "PORTSHIFT_CALIBRATION_DIR", results.resolve("calibration").toString(),
                "PORTSHIFT_PATTERNS_DIR", results.resolve("patterns").toString(),
                "PORTSHIFT_EXPLORE_DIR", results.resolve("explore").toString());
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
            pb.environment().putAll(env);
            pb.environment().put("PYDEVD_DISABLE_FILE_VALIDATION", "1");
            pb.redirectErrorStream(true);
            Path log = tmp.resolve(name + ".log");
            pb.redirectOutput(log.toFile());
            Process p = pb.start();
            // CPU time of nbconvert and its kernel (a hang guard); quiet: at most 6.2 s (compare.ipynb)
            assertThat(ProcessBudget.waitFor(p, Duration.ofSeconds(300), name)).as(name + "\n" + Files.readString(log)).isZero();
            assertThat(Files.readString(book)).as(name + " has drawn figures").contains("image/png");
        }
    }
}
