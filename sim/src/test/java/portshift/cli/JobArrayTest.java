package portshift.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import portshift.TestPaths;

/**
 * An experiment as a job array without a scheduler: planned, its tasks run one by one (one of them twice), merged;
 * the merged files are the bytes of the same experiment run at once on one thread.
 */
class JobArrayTest {
    /** The files a compare writes that must not depend on how it was run (manifest.json records how). */
    static final List<String> FILES = List.of("comparison.csv", "runs.csv", "ports.csv", "timeseries.csv", "plan.json",
            "figures/delivered_over_time.png", "figures/seizures_by_port.png", "figures/destination_shares.png",
            "figures/outcomes_boxplot.png");

    @TempDir
    Path tmp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void shortPolicies() throws IOException {
        String baseline = Files.readString(TestPaths.scenario("baseline.yaml")).replace("days: 2190", "days: 800");
        Files.writeString(tmp.resolve("baseline.yaml"), baseline);
        Files.copy(TestPaths.scenario("no-coordination.yaml"), tmp.resolve("no-coordination.yaml"));
        Files.copy(TestPaths.scenario("alliance.yaml"), tmp.resolve("alliance.yaml"));
    }

    int portshift(String... args) {
        return Main.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    String[] compare(String... more) {
        return Stream.concat(Stream.of("compare", tmp.resolve("no-coordination.yaml").toString(),
                tmp.resolve("alliance.yaml").toString(), "-r", "3"), Stream.of(more)).toArray(String[]::new);
    }

    static void sameFiles(Path local, Path merged) throws IOException {
        for (String f : FILES) {
            assertThat(Files.readAllBytes(merged.resolve(f))).as(f).isEqualTo(Files.readAllBytes(local.resolve(f)));
        }
    }

    @Test
    void plannedTasksRunAloneAndMergedGiveTheBytesOfOneLocalRun() throws IOException {
        Path array = tmp.resolve("array");
        assertThat(portshift(compare("--plan-only", "--tasks", "4", "--out", array.toString()))).as(err.toString()).isZero();
        assertThat(array.resolve("job.json")).exists();
        assertThat(Files.readString(array.resolve("slurm.sbatch"))).contains("#SBATCH --array=0-3")
                .contains(" work '" + array.toAbsolutePath() + "' --task \"$SLURM_ARRAY_TASK_ID\"");
        assertThat(Files.readString(array.resolve("submit.sh"))).contains("--dependency=afterok:$array");
        assertThat(array.resolve("runs.csv")).doesNotExist();

        for (int task : new int[] {0, 1, 3, 1}) {
            assertThat(portshift("work", array.toString(), "--task", String.valueOf(task), "--threads", "1"))
                    .as(err.toString()).isZero();
        }
        err.getBuffer().setLength(0);
        assertThat(portshift("finish", array.toString())).as("task 2 has not run").isEqualTo(2);
        assertThat(err.toString()).contains("1 of 6 runs are missing, from array tasks 2")
                .contains("sbatch --array=2 ");
        assertThat(array.resolve("runs.csv")).doesNotExist();

        assertThat(portshift("work", array.toString(), "--task", "2")).as(err.toString()).isZero();
        assertThat(portshift("finish", array.toString())).as(err.toString()).isZero();

        Path local = tmp.resolve("local");
        assertThat(portshift(compare("--threads", "1", "-q", "--out", local.toString()))).as(err.toString()).isZero();
        sameFiles(local, array);
    }

    @Test
    void mistakesAreRefusedInOneLine() throws IOException {
        err.getBuffer().setLength(0);
        assertThat(portshift(compare("--plan-only"))).isEqualTo(2);
        assertThat(err.toString()).contains("--plan-only: expected --out DIR");
        err.getBuffer().setLength(0);
        assertThat(portshift("work", tmp.toString(), "--task", "0")).isEqualTo(2);
        assertThat(err.toString()).contains("holds no job.json");
        Path array = tmp.resolve("a");
        assertThat(portshift(compare("--plan-only", "--tasks", "2", "--out", array.toString()))).isZero();
        err.getBuffer().setLength(0);
        assertThat(portshift("work", array.toString(), "--task", "2")).isEqualTo(2);
        assertThat(err.toString()).contains("--task").contains("2");
        assertThat(err.toString().lines()).allMatch(l -> l.startsWith("portshift: ")).hasSize(1);
    }
}
