package portshift.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import portshift.Slow;

/**
 * A compare planned as an array of 4 tasks and a merge, submitted to a real single-node Slurm (Debian's packages,
 * which .ci/run installs), into a folder whose name Slurm and the shell would misread unquoted: the merged files are
 * the bytes of the same compare run locally on one thread, and each task wrote its own log.
 */
@Slow
class SlurmArrayTest {
    @TempDir
    Path tmp;

    @Test
    void anArrayOfFourTasksAndItsMergeOnSlurmGiveTheBytesOfOneLocalRun() throws Exception {
        Assumptions.assumeTrue(LocalSlurm.available(), "Slurm and munge from Debian are not installed (see .ci/run)");
        ShortCompare c = new ShortCompare(tmp);
        // a folder name that quotes, substitutions, a comment sign and Slurm's %-patterns would all misread
        Path array = tmp.resolve(SlurmScriptInjectionTest.names(List.of("array $(pwned) 'q' \"d\" # ü %a",
                "array $(pwned) 'q' \"d\" # %a")).get(0));
        assertThat(c.portshift(c.compare("--plan-only", "--tasks", "4", "--out", array.toString()))).isZero();
        long t0 = System.nanoTime();
        try (LocalSlurm slurm = new LocalSlurm(Files.createDirectories(tmp.resolve("slurm")))) {
            String submitted = slurm.output("sh", array.resolve("submit.sh").toString(), "--wait");
            double seconds = (System.nanoTime() - t0) / 1e9;
            String finish = Files.readString(array.resolve("slurm-logs/finish.out"));
            System.out.printf("Slurm: 4 array tasks and the merge in %.1f s (%s)%n", seconds, submitted.strip());
            assertThat(submitted).as(finish).contains("array job");
            assertThat(finish).as(finish).contains("results in");
            for (int task = 0; task < 4; task++) {
                assertThat(array.resolve("slurm-logs/task-" + task + ".out")).exists();
            }
        }
        c.sameAsOneLocalRun(array, tmp.resolve("local"));
        System.out.println("Slurm: merged files identical to a local --threads 1 run: " + ShortCompare.FILES);
    }
}
