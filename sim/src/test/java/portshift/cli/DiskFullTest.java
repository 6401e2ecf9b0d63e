package portshift.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import portshift.Slow;
import portshift.TestPaths;

/**
 * A full disk on a real small file system ({@link SmallDisk}, a tmpfs): wherever a command writes its results, a full
 * disk is one line naming the file and the system's reason, exit status 2, with no manifest.json (the mark of a
 * complete folder) and no temporary file left; once there is room, --resume (or the same command again) finishes with
 * the bytes of a command that never met a full disk.
 */
@Slow
class DiskFullTest {
    /** The files a compare's merge writes, in the order it writes them. */
    private static final List<String> MERGED = List.of("runs.csv", "ports.csv", "comparison.csv", "timeseries.csv",
            "map.geojson", "figures/delivered_over_time.png", "figures/seizures_by_port.png",
            "figures/destination_shares.png", "figures/outcomes_boxplot.png", "figures/differences_forest.png",
            "figures/colours.csv", "brief.html", "manifest.json");

    @TempDir
    Path tmp;

    private final StringWriter err = new StringWriter();

    @Test
    void aCompareStoppedByAFullDiskInEachOfItsFilesFinishesWithResume() throws Exception {
        ShortCompare c = new ShortCompare(tmp);
        Path whole = tmp.resolve("whole");
        assertThat(c.portshift(c.compare("-q", "--threads", "1", "--out", whole.toString()))).as(c.err.toString()).isZero();
        try (SmallDisk disk = new SmallDisk(tmp.resolve("disk"), 8192)) {
            Path dir = disk.root().resolve("c");
            assertThat(c.portshift(c.compare("-q", "--out", dir.toString()))).as(c.err.toString()).isZero();
            Set<String> stopped = new LinkedHashSet<>();
            long before = 0;
            for (String file : MERGED) {
                long pages = SmallDisk.pages(Files.size(whole.resolve(file)));
                // room for the files written before this one, and half of this one
                unmerge(dir);
                disk.leave((before + pages / 2) * SmallDisk.PAGE);
                int status = c.portshift(c.compare("-q", "--resume", dir.toString()));
                String said = c.err.toString();
                assertThat(status).as(file + ": " + said).isEqualTo(2);
                assertOneLineAndNothingComplete(said, dir, file);
                stopped.add(said.substring(said.indexOf(dir.toString()) + dir.toString().length() + 1).split("[:/]")[0]);
                before += pages;
            }
            System.out.println("disk full: the merge stopped in one line, writing: " + stopped);
            assertThat(String.join(" ", stopped)).contains("ports.csv").contains("comparison.csv").contains("figures")
                    .contains("manifest.json");
            disk.free();
            assertThat(c.portshift(c.compare("-q", "--resume", dir.toString()))).as(c.err.toString()).isZero();
            for (String f : ShortCompare.FILES) {
                assertThat(Files.readAllBytes(dir.resolve(f))).as(f).isEqualTo(Files.readAllBytes(whole.resolve(f)));
            }
        }
    }

    @Test
    void finishOnANearlyFullDiskSaysSoAndFinishesOnceThereIsRoom() throws Exception {
        ShortCompare c = new ShortCompare(tmp);
        try (SmallDisk disk = new SmallDisk(tmp.resolve("disk"), 8192)) {
            Path dir = disk.root().resolve("array");
            assertThat(c.portshift(c.compare("--plan-only", "--tasks", "2", "--out", dir.toString()))).isZero();
            for (int task = 0; task < 2; task++) {
                assertThat(c.portshift("work", dir.toString(), "--task", Integer.toString(task))).as(c.err.toString())
                        .isZero();
            }
            disk.leave(64 * 1024);
            assertThat(c.portshift("finish", dir.toString())).as(c.err.toString()).isEqualTo(2);
            assertOneLineAndNothingComplete(c.err.toString(), dir, "finish");
            System.out.println("disk full: finish said " + c.err.toString().strip());
            disk.free();
            assertThat(c.portshift("finish", dir.toString())).as(c.err.toString()).isZero();
            c.sameAsOneLocalRun(dir, tmp.resolve("local"));
        }
    }

    @Test
    void everyCommandThatWritesSaysSoInOneLineAndFinishesOnceThereIsRoom() throws Exception {
        Path scenarios = Files.createDirectories(tmp.resolve("scenarios"));
        TestPaths.copyShippedScenarios(scenarios);
        Files.writeString(scenarios.resolve("baseline.yaml"),
                Files.readString(scenarios.resolve("baseline.yaml")).replace("days: 2190", "days: 1100"));
        Files.copy(TestPaths.root().resolve("sim/src/test/resources/portshift/model/tiny-world.yaml"),
                scenarios.resolve("tiny-world.yaml"));
        Files.writeString(scenarios.resolve("north.yaml"), "extends: tiny-world.yaml\nname: north-heavy\ndays: 400\n"
                + "warmup_days: 100\n");
        String s = scenarios.toString() + "/";
        try (SmallDisk disk = new SmallDisk(tmp.resolve("disk"), 4096)) {
            Path out = disk.root();
            List<List<String>> commands = List.of(
                    List.of("run", s + "alliance.yaml", "--out", out + "/run"),
                    List.of("export-map", s + "baseline.yaml", "--out", out + "/map.geojson"),
                    List.of("batch", s + "alliance.yaml", "-r", "1", "-q", "--out", out + "/batch"),
                    List.of("explore", s + "no-coordination.yaml", s + "alliance.yaml", "--samples", "3", "-r", "1",
                            "-q", "--out", out + "/explore"),
                    List.of("optimize", s + "north.yaml", "--scanners", "1", "--ports", "NORTH,SOUTH", "-r", "2",
                            "--confirm", "2", "--lots", "1", "--rounds", "0", "-q", "--out", out + "/optimize"),
                    List.of("calibrate", "--scenario", s + "calibration.yaml", "--evaluations", "1", "-r", "1",
                            "--days", "400", "--out", out + "/calibrate"));
            for (List<String> command : commands) {
                // a search resumes from its plan (search.txt): room for it and a few runs, not for the rest
                disk.leave(command.get(0).equals("optimize") ? 8 * SmallDisk.PAGE : 0);
                String[] args = command.toArray(String[]::new);
                int status = execute(args);
                Path target = Path.of(command.get(command.indexOf("--out") + 1));
                assertThat(status).as(command + ": " + err).isEqualTo(2);
                assertOneLineAndNothingComplete(err.toString(), Files.isDirectory(target) ? target : out, command.get(0));
                System.out.println("disk full: " + command.get(0) + " said " + err.toString().strip());
                disk.free();
                assertThat(execute(again(command))).as(command + ": " + err).isZero();
                assertThat(Files.isDirectory(target) ? target.resolve("manifest.json") : target).exists();
                delete(target);
            }
        }
    }

    /** The same command once there is room: a batch resumed, a search resumed, anything else run again. */
    private static String[] again(List<String> command) {
        List<String> args = new ArrayList<>(command);
        if (List.of("batch", "explore").contains(command.get(0))) {
            args.set(args.indexOf("--out"), "--resume");
        } else if (command.get(0).equals("optimize")) {
            args.add("--resume");
        }
        return args.toArray(String[]::new);
    }

    private int execute(String... args) {
        err.getBuffer().setLength(0);
        return Main.execute(args, new PrintWriter(new StringWriter(), true), new PrintWriter(err, true));
    }

    /** One line, no trace; no manifest.json and no temporary file in the folder. */
    private static void assertOneLineAndNothingComplete(String said, Path dir, String context) throws IOException {
        assertThat(said.lines()).as(context + ": " + said).hasSize(1).allMatch(l -> l.startsWith("portshift: "));
        assertThat(said).as(context).contains("No space left on device").doesNotContain("Exception");
        assertThat(dir.resolve("manifest.json")).as(context + ": a folder that looks complete").doesNotExist();
        try (Stream<Path> files = Files.walk(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).as(context + ": temporary files left")
                    .noneMatch(n -> n.endsWith(".tmp"));
        }
    }

    /** Removes the merged files, keeping the plan and the runs' shards: the merge to be done again. */
    private static void unmerge(Path dir) throws IOException {
        for (String f : MERGED) {
            Files.deleteIfExists(dir.resolve(f));
        }
    }

    private static void delete(Path p) throws IOException {
        if (!Files.exists(p)) {
            return;
        }
        try (Stream<Path> all = Files.walk(p)) {
            for (Path f : all.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(f);
            }
        }
    }
}
