package portshift.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import portshift.Slow;
import portshift.TestPaths;

/**
 * An optimization whose steps run as Slurm job arrays on a real single-node Slurm (Debian's packages, which .ci/run
 * installs): the search waits for each step's array and writes the bytes of the same search run locally.
 */
@Slow
class OptimizeSlurmTest {
    @TempDir
    Path tmp;

    @Test
    void eachStepAsAJobArrayGivesTheFilesOfALocalSearch() throws Exception {
        Assumptions.assumeTrue(LocalSlurm.available(), "Slurm and munge from Debian are not installed (see .ci/run)");
        Files.copy(TestPaths.root().resolve("sim/src/test/resources/portshift/model/tiny-world.yaml"),
                tmp.resolve("tiny-world.yaml"));
        Files.writeString(tmp.resolve("north.yaml"), "extends: tiny-world.yaml\nname: north-heavy\ndays: 400\n"
                + "warmup_days: 100\nworld:\n  ports:\n    NORTH: {latam_share: 0.3}\n    SOUTH: {latam_share: 0.1}\n");
        List<String> args = List.of("optimize", tmp.resolve("north.yaml").toString(), "--scanners", "2", "--officers",
                "10", "--ports", "NORTH,SOUTH", "-r", "2", "--confirm", "3", "--lots", "1", "--rounds", "1", "-q");
        Path local = tmp.resolve("local");
        List<String> here = new ArrayList<>(args);
        here.addAll(List.of("--out", local.toString(), "--threads", "1"));
        assertThat(Main.execute(here.toArray(String[]::new), new java.io.PrintWriter(System.out, true),
                new java.io.PrintWriter(System.err, true))).isZero();

        Path cluster = tmp.resolve("cluster with 'quotes' and %a");
        List<String> driver = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"), "portshift.cli.Main"));
        driver.addAll(args);
        driver.addAll(List.of("--out", cluster.toString(), "--slurm", "2"));
        long t0 = System.nanoTime();
        try (LocalSlurm slurm = new LocalSlurm(Files.createDirectories(tmp.resolve("slurm")))) {
            String said = slurm.output(driver.toArray(String[]::new));
            System.out.printf("Slurm: the optimization's steps as job arrays in %.1f s%n", (System.nanoTime() - t0) / 1e9);
            assertThat(said).contains("results in");
        }
        try (var steps = Files.list(cluster.resolve("slurm"))) {
            long arrays = steps.filter(p -> p.toString().endsWith(".sbatch")).count();
            System.out.println("Slurm: " + arrays + " job arrays, identical files: allocations.csv, results.csv, best.yaml");
            assertThat(arrays).isGreaterThanOrEqualTo(2);
        }
        assertThat(cluster.resolve("slurm/logs/step-001-task-1.out")).exists();
        for (String f : List.of("allocations.csv", "results.csv", "best.yaml")) {
            assertThat(Files.readString(cluster.resolve(f))).as(f).isEqualTo(Files.readString(local.resolve(f)));
        }
    }
}
