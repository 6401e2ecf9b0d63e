package portshift.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import portshift.TestPaths;

/** A short compare of the shipped policies (800 days, 3 replications) in a folder, for the job-array tests. */
final class ShortCompare {
    /** The files a compare writes that must not depend on how it was run (manifest.json records how). */
    static final List<String> FILES = List.of("comparison.csv", "runs.csv", "ports.csv", "timeseries.csv", "map.geojson", "plan.json",
            "figures/delivered_over_time.png", "figures/seizures_by_port.png", "figures/destination_shares.png",
            "figures/outcomes_boxplot.png", "brief.html");

    private final Path dir;
    final StringWriter err = new StringWriter();

    ShortCompare(Path dir) throws IOException {
        this.dir = dir;
        String baseline = Files.readString(TestPaths.scenario("baseline.yaml")).replace("days: 2190", "days: 1100");
        Files.writeString(dir.resolve("baseline.yaml"), baseline);
        Files.copy(TestPaths.scenario("no-coordination.yaml"), dir.resolve("no-coordination.yaml"));
        Files.copy(TestPaths.scenario("alliance.yaml"), dir.resolve("alliance.yaml"));
    }

    int portshift(String... args) {
        err.getBuffer().setLength(0);
        return Main.execute(args, new PrintWriter(new StringWriter(), true), new PrintWriter(err, true));
    }

    /** The compare's command line with more options. */
    String[] compare(String... more) {
        return Stream.concat(Stream.of("compare", dir.resolve("no-coordination.yaml").toString(),
                dir.resolve("alliance.yaml").toString(), "-r", "3"), Stream.of(more)).toArray(String[]::new);
    }

    /** Runs the compare at once on one thread into {@code local}, and checks that {@code merged} holds its bytes. */
    void sameAsOneLocalRun(Path merged, Path local) throws IOException {
        assertThat(portshift(compare("--threads", "1", "-q", "--out", local.toString()))).as(err.toString()).isZero();
        for (String f : FILES) {
            assertThat(Files.readAllBytes(merged.resolve(f))).as(f).isEqualTo(Files.readAllBytes(local.resolve(f)));
        }
    }
}
