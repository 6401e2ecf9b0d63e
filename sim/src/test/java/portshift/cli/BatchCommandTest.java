package portshift.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import portshift.TestPaths;

class BatchCommandTest {
    @TempDir
    Path tmp;

    @Test
    void runsEveryVariantOfASweepAndSummarisesThem() throws IOException {
        String baseline = Files.readString(TestPaths.scenario("baseline.yaml")).replace("days: 2190", "days: 1100");
        Files.writeString(tmp.resolve("baseline.yaml"), baseline);
        Path sweep = tmp.resolve("sweep.yaml");
        Files.writeString(sweep, "extends: baseline.yaml\nname: scanners\nsweep:\n  ports.ANTWERP.scanners: [1, 8]\n");
        Path dir = tmp.resolve("out");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Main.execute(new String[] {"batch", sweep.toString(), "-r", "2", "--quiet", "--out", dir.toString()},
                new PrintWriter(out, true), new PrintWriter(err, true));
        assertThat(status).as(err.toString()).isZero();
        String summary = Files.readString(dir.resolve("summary.csv"));
        assertThat(summary).contains("scanners[ports.ANTWERP.scanners=1],delivered_europe_t_per_year,t/year,2,")
                .contains("scanners[ports.ANTWERP.scanners=8],delivered_europe_t_per_year,t/year,2,");
        assertThat(Files.readAllLines(dir.resolve("runs.csv"))).hasSize(1 + 4);
        assertThat(dir.resolve("figures/outcomes_boxplot.png")).isNotEmptyFile();
    }

    @Test
    void zeroReplicationsIsAnError() {
        StringWriter err = new StringWriter();
        int status = Main.execute(new String[] {"batch", TestPaths.scenario("baseline.yaml").toString(), "-r", "0",
                "--out", tmp.resolve("x").toString()}, new PrintWriter(new StringWriter(), true), new PrintWriter(err, true));
        assertThat(status).isEqualTo(2);
        assertThat(err.toString()).contains("--replications: expected at least 1, found 0");
        assertThat(tmp.resolve("x")).doesNotExist();
    }
}
