package portshift.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A shard belongs to its plan: each records the plan's hash, its scenario's hash (as merged) and its seed, and one made
 * for another plan, scenario or seed is refused by finish (which names the array task to submit again) and run again
 * by work and --resume, however whole its checksum.
 */
class ShardIdentityTest {
    @TempDir
    Path tmp;

    @Test
    void shardsOfAnotherPlanAreRefusedByFinishAndRunAgainByWork() throws IOException {
        ShortCompare c = new ShortCompare(tmp);
        Path mine = tmp.resolve("mine");
        assertThat(c.portshift(c.compare("--plan-only", "--tasks", "2", "--out", mine.toString()))).isZero();
        assertThat(c.portshift("work", mine.toString(), "--task", "0")).as(c.err.toString()).isZero();

        // another plan: the same names and seeds, but B's harmonization is another
        Path other = Files.createDirectories(tmp.resolve("other"));
        Files.copy(tmp.resolve("baseline.yaml"), other.resolve("baseline.yaml"));
        Files.copy(tmp.resolve("no-coordination.yaml"), other.resolve("no-coordination.yaml"));
        Files.writeString(other.resolve("alliance.yaml"), Files.readString(tmp.resolve("alliance.yaml"))
                .replace("harmonization: 0.5", "harmonization: 0.9"));
        Path theirs = tmp.resolve("theirs");
        assertThat(c.portshift("compare", other.resolve("no-coordination.yaml").toString(),
                other.resolve("alliance.yaml").toString(), "-r", "3", "-q", "--out", theirs.toString())).isZero();
        int copied = 0;
        try (Stream<Path> shards = Files.list(theirs.resolve("shards"))) {
            for (Path shard : shards.toList()) {
                Path place = mine.resolve("shards").resolve(shard.getFileName());
                if (!Files.exists(place)) {
                    Files.copy(shard, place);
                    copied++;
                }
            }
        }
        assertThat(copied).as("the shards of task 1's runs").isEqualTo(6);

        assertThat(c.portshift("finish", mine.toString())).as("shards of another plan in task 1's places").isEqualTo(2);
        assertThat(c.err.toString()).contains("3 of 6 runs are missing (6 shards, such as")
                .contains("made for another plan, scenario or seed), from array tasks 1;").hasLineCount(1);
        assertThat(mine.resolve("runs.csv")).doesNotExist();

        assertThat(c.portshift("work", mine.toString(), "--task", "1")).as(c.err.toString()).isZero();
        assertThat(c.portshift("finish", mine.toString())).as(c.err.toString()).isZero();
        c.sameAsOneLocalRun(mine, tmp.resolve("local"));
    }

    @Test
    void resumeRunsAgainAShardOfAnotherSeedOrOfAScenarioChangedInAFileItExtends() throws IOException {
        ShortCompare c = new ShortCompare(tmp);
        Path dir = tmp.resolve("c");
        assertThat(c.portshift(c.compare("-q", "--seed", "1", "--out", dir.toString()))).isZero();
        Path seed2 = tmp.resolve("seed2");
        assertThat(c.portshift(c.compare("-q", "--seed", "2", "--out", seed2.toString()))).isZero();
        byte[] whole = Files.readAllBytes(dir.resolve("runs.csv"));
        // replication 0 of seed 2 is run r with seed 2; put it where replication 1 of seed 1 (also seed 2) goes
        for (String kind : List.of(".run.csv", ".ports.csv")) {
            Files.copy(seed2.resolve("shards/00000-r000" + kind), dir.resolve("shards/00001-r001" + kind),
                    StandardCopyOption.REPLACE_EXISTING);
        }
        assertThat(c.portshift(c.compare("-q", "--seed", "1", "--resume", dir.toString()))).as(c.err.toString()).isZero();
        assertThat(Files.readString(dir.resolve("manifest.json"))).contains("\"runs_this_time\" : 1");
        assertThat(Files.readAllBytes(dir.resolve("runs.csv"))).isEqualTo(whole);

        // a file the scenarios extend changes: plan.json names the files given, which are the same, so the runs
        // resume, and every one is run again for the scenario it now is
        Files.writeString(tmp.resolve("baseline.yaml"), Files.readString(tmp.resolve("baseline.yaml"))
                .replace("days: 1100", "days: 1099"));
        assertThat(c.portshift(c.compare("-q", "--seed", "1", "--resume", dir.toString()))).as(c.err.toString()).isZero();
        assertThat(Files.readString(dir.resolve("manifest.json"))).contains("\"runs_this_time\" : 6");
    }
}
