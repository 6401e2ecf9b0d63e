package portshift.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import portshift.TestPaths;

/**
 * An experiment as a job array without a scheduler: planned, its tasks run one by one (one of them twice), merged;
 * the merged files are the bytes of the same experiment run at once on one thread.
 */
class JobArrayTest {
    @TempDir
    Path tmp;

    private ShortCompare c;

    @BeforeEach
    void shortPolicies() throws IOException {
        c = new ShortCompare(tmp);
    }

    @Test
    void plannedTasksRunAloneAndMergedGiveTheBytesOfOneLocalRun() throws IOException {
        Path array = tmp.resolve("array");
        assertThat(c.portshift(c.compare("--plan-only", "--tasks", "4", "--out", array.toString()))).as(c.err.toString()).isZero();
        assertThat(array.resolve("job.json")).exists();
        assertThat(Files.readString(array.resolve("slurm.sbatch"))).contains("#SBATCH --array=0-3")
                .contains(" work '" + array.toAbsolutePath() + "' --task \"$SLURM_ARRAY_TASK_ID\"");
        assertThat(Files.readString(array.resolve("submit.sh"))).contains("--dependency=afterok:$array");
        assertThat(array.resolve("runs.csv")).doesNotExist();

        for (int task : new int[] {0, 1, 3, 1}) {
            assertThat(c.portshift("work", array.toString(), "--task", String.valueOf(task), "--threads", "1"))
                    .as(c.err.toString()).isZero();
        }
        assertThat(c.portshift("finish", array.toString())).as("task 2 has not run").isEqualTo(2);
        assertThat(c.err.toString()).contains("1 of 6 runs are missing, from array tasks 2")
                .contains("sbatch --array=2 ");
        assertThat(array.resolve("runs.csv")).doesNotExist();

        assertThat(c.portshift("work", array.toString(), "--task", "2")).as(c.err.toString()).isZero();
        assertThat(c.portshift("finish", array.toString())).as(c.err.toString()).isZero();
        c.sameAsOneLocalRun(array, tmp.resolve("local"));
    }

    @Test
    void patternsRunAsAnArrayAndMergeToTheBytesOfOneLocalRun() throws IOException {
        Path scenarios = Files.createDirectories(tmp.resolve("scenarios"));
        TestPaths.copyShippedScenarios(scenarios);
        Files.writeString(scenarios.resolve("baseline.yaml"),
                Files.readString(scenarios.resolve("baseline.yaml")).replace("days: 2190", "days: 1100"));
        Path array = tmp.resolve("patterns-array");
        String[] patterns = {"patterns", "-r", "2", "--scenarios", scenarios.toString()};
        assertThat(c.portshift(concat(patterns, "--plan-only", "--tasks", "3", "--out", array.toString())))
                .as(c.err.toString()).isZero();
        for (int task = 0; task < 3; task++) {
            assertThat(c.portshift("work", array.toString(), "--task", String.valueOf(task))).as(c.err.toString()).isZero();
        }
        assertThat(c.portshift("finish", array.toString())).as(c.err.toString()).isZero();
        Path local = tmp.resolve("patterns-local");
        assertThat(c.portshift(concat(patterns, "--threads", "1", "-q", "--out", local.toString()))).isZero();
        for (String f : List.of("patterns.csv", "patterns.md", "runs.csv", "ports.csv")) {
            assertThat(Files.readAllBytes(array.resolve(f))).as(f).isEqualTo(Files.readAllBytes(local.resolve(f)));
        }
    }

    private static String[] concat(String[] first, String... more) {
        return java.util.stream.Stream.concat(java.util.Arrays.stream(first), java.util.Arrays.stream(more))
                .toArray(String[]::new);
    }

    @Test
    void mistakesAreRefusedInOneLine() throws IOException {
        assertThat(c.portshift(c.compare("--plan-only"))).isEqualTo(2);
        assertThat(c.err.toString()).contains("--plan-only: expected --out DIR");
        assertThat(c.portshift(c.compare("--tasks", "3", "--out", tmp.resolve("t").toString()))).isEqualTo(2);
        assertThat(c.err.toString()).contains("--tasks: shares the runs of a job array; give it with --plan-only");
        assertThat(c.portshift("work", tmp.toString(), "--task", "0")).isEqualTo(2);
        assertThat(c.err.toString()).contains("holds no job.json");
        Path array = tmp.resolve("a");
        assertThat(c.portshift(c.compare("--plan-only", "--tasks", "2", "--out", array.toString()))).isZero();
        assertThat(c.portshift("work", array.toString(), "--task", "2")).isEqualTo(2);
        assertThat(c.err.toString()).contains("--task").contains("2");
        assertThat(c.err.toString().lines()).allMatch(l -> l.startsWith("portshift: ")).hasSize(1);
    }
}
