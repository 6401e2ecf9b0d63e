package portshift.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import portshift.Slow;
import portshift.TestPaths;

/**
 * The generated Slurm scripts under hostile folder names, run by a stand-in sbatch that executes them
 * ({@link FakeSlurm}): a name either works, and then the scripts run the program's command with exactly the folder's
 * name and nothing else, or it is refused in one line before anything is written. Each name tries to run a command of
 * its own; the #SBATCH lines must read, by Slurm's rules, as the folders given.
 */
@Slow
class SlurmScriptInjectionTest {
    /** Output folder names: each either works or is refused; those refused hold a control character or a backslash. */
    static final List<String> HOSTILE = List.of("x\npwned\n#", "$(pwned)", "`pwned`", "a; pwned; #", "it's \"quoted\"",
            "with space", "hash #$(pwned)", "cr\rpwned", "ünï cødé €", "pct %a %j %%", "back\\slash", "-dash",
            "star * ?[a]", "$HOME ${PATH} !pwned", "tab\tname", "'$(pwned)'", "\u202Eevil", "q\\\"$(pwned)\\\"",
            "packjob hetjob", "~tilde", "\"#SBATCH --wrap=pwned", ":colon");

    @TempDir
    Path tmp;

    @Test
    void hostileOutputFoldersWorkOrAreRefusedBeforeAnythingIsWritten() throws Exception {
        ShortCompare c = new ShortCompare(tmp);
        FakeSlurm slurm = new FakeSlurm(tmp, false);
        Path parent = Files.createDirectories(tmp.resolve("out"));
        int worked = 0;
        for (String name : names(HOSTILE)) {
            worked += planAndSubmit(c, slurm, parent.resolve(name), name) ? 1 : 0;
        }
        System.out.printf("Slurm scripts: %d of %d hostile output folders work, the others are refused%n", worked,
                HOSTILE.size());
        assertThat(worked).isGreaterThanOrEqualTo(HOSTILE.size() / 2);
    }

    @Test
    void batchExploreAndPatternsWriteTheSameSafeScripts() throws Exception {
        ShortCompare c = new ShortCompare(tmp);
        FakeSlurm slurm = new FakeSlurm(tmp, false);
        Path scenarios = Files.createDirectories(tmp.resolve("scenarios"));
        TestPaths.copyShippedScenarios(scenarios);
        String name = names(List.of("all $(pwned) `pwned` ; 'q' \"d\" # ü %a", "all $(pwned) ; 'q' \"d\" # %a")).get(0);
        List<String[]> commands = List.of(
                new String[] {"batch", scenarios.resolve("alliance-sweep.yaml").toString(), "-r", "1"},
                new String[] {"explore", scenarios.resolve("no-coordination.yaml").toString(),
                        scenarios.resolve("alliance.yaml").toString(), "--samples", "4", "-r", "1"},
                new String[] {"patterns", "-r", "2", "--scenarios", scenarios.toString()});
        for (String[] command : commands) {
            Path dir = tmp.resolve(command[0] + " " + name);
            List<String> args = new ArrayList<>(List.of(command));
            args.addAll(List.of("--plan-only", "--tasks", "2", "--out", dir.toString()));
            assertThat(c.portshift(args.toArray(String[]::new))).as(command[0] + ": " + c.err).isZero();
            submitted(slurm, dir, 2);
        }
    }

    @Test
    void hostileWorkingFoldersWorkOrAreRefusedBeforeAnythingIsWritten() throws Exception {
        ShortCompare c = new ShortCompare(tmp);
        FakeSlurm slurm = new FakeSlurm(tmp, false);
        for (String name : names(List.of("wd\npwned\n#", "wd $(pwned) `pwned` 'q' \"d\" ü %a", "wd\\back;pwned;#"))) {
            Path workdir = Files.createDirectories(tmp.resolve("work").resolve(name));
            Path dir = tmp.resolve("plans").resolve(Integer.toString(name.hashCode()));
            List<String> plan = new ArrayList<>(List.of(FakeSlurm.realJava(), "-cp", System.getProperty("java.class.path"),
                    "portshift.cli.Main"));
            plan.addAll(List.of(c.compare("--plan-only", "--tasks", "2", "--out", dir.toString())));
            slurm.clear();
            int status = slurm.plan(workdir, plan);
            if (refused(workdir.toString(), false)) {
                assertThat(status).as(name + ": " + slurm.said()).isEqualTo(2);
                assertThat(slurm.said().lines()).as(name).hasSize(1).allMatch(l -> l.startsWith("portshift: "));
                assertThat(dir).as(name + ": nothing written").doesNotExist();
                continue;
            }
            assertThat(status).as(name + ": " + slurm.said()).isZero();
            submitted(slurm, dir, 2);
        }
    }

    @Test
    void optimizeStepsUnderHostileFoldersRunOnlyTheirCommand() throws Exception {
        Files.copy(TestPaths.root().resolve("sim/src/test/resources/portshift/model/tiny-world.yaml"),
                tmp.resolve("tiny-world.yaml"));
        Files.writeString(tmp.resolve("north.yaml"), "extends: tiny-world.yaml\nname: north-heavy\ndays: 400\n"
                + "warmup_days: 100\nworld:\n  ports:\n    NORTH: {latam_share: 0.3}\n    SOUTH: {latam_share: 0.1}\n");
        FakeSlurm slurm = new FakeSlurm(tmp, true);
        List<String> args = List.of("optimize", tmp.resolve("north.yaml").toString(), "--scanners", "1", "--ports",
                "NORTH,SOUTH", "-r", "2", "--confirm", "2", "--lots", "1", "--rounds", "0", "-q", "--slurm", "2");
        Path workdir = Files.createDirectories(tmp.resolve(names(List.of("wd $(pwned) 'q' \"d\" ü", "wd $(pwned)")).get(0)));
        for (String name : names(List.of("opt\npwned\n#", "opt $(pwned) `pwned` ; 'q' \"d\" # ü %a"))) {
            Path dir = tmp.resolve("searches").resolve(name);
            List<String> command = new ArrayList<>(List.of(FakeSlurm.realJava(), "-Djava.awt.headless=true", "-cp",
                    System.getProperty("java.class.path"), "portshift.cli.Main"));
            command.addAll(args);
            command.addAll(List.of("--out", dir.toString()));
            slurm.clear();
            int status = slurm.plan(workdir, command);
            String shown = Printable.of(name) + "\n" + slurm.said();
            if (refused(dir.toString(), true)) {
                assertThat(status).as(shown).isEqualTo(2);
                assertThat(slurm.said().lines()).as(shown).hasSize(1).allMatch(l -> l.startsWith("portshift: "));
                assertThat(dir).as(shown + ": nothing written").doesNotExist();
                continue;
            }
            assertThat(status).as(shown).isZero();
            assertThat(slurm.pwned()).as(shown + ": a command of the folder's name ran").isFalse();
            List<String> task = new ArrayList<>(List.of(workdir.toString(), "-Djava.awt.headless=true", "-cp",
                    System.getProperty("java.class.path"), "portshift.cli.Main"));
            task.addAll(args.subList(0, args.indexOf("-q")));
            task.addAll(List.of("--out", dir.toString(), "--resume", "-q", "--array-step"));
            List<List<String>> calls = slurm.javaCalls();
            assertThat(calls).as(shown).isNotEmpty().allSatisfy(call -> {
                assertThat(call.subList(0, task.size())).as(shown).isEqualTo(task);
                List<String> rest = call.subList(task.size(), call.size());
                assertThat(rest).as(shown).hasSize(5);
                assertThat(List.of(rest.get(1), rest.get(3), rest.get(4))).as(shown)
                        .isEqualTo(List.of("--array-task", "--threads", "1"));
            });
            List<List<String>> submitted = slurm.sbatchCalls();
            assertThat(submitted).as(shown).hasSameSizeAs(calls.stream().map(c -> c.get(task.size())).distinct().toList());
            for (List<String> call : submitted) {
                assertThat(call.subList(0, 2)).as(shown).isEqualTo(List.of("--wait", "--parsable"));
            }
            System.out.printf("Slurm scripts: the optimization's %d steps ran %d array tasks, nothing else%n",
                    slurm.sbatchCalls().size(), calls.size());
        }
    }

    /** The names this JVM can make: without the non-ASCII ones under a locale that cannot spell them. */
    static List<String> names(List<String> names) {
        if (FakeSlurm.unicodeNames()) {
            return names;
        }
        System.out.println("Slurm scripts: this JVM runs under a locale that cannot name files outside ASCII; "
                + "folder names outside ASCII are left out");
        return names.stream().filter(n -> n.chars().allMatch(ch -> ch < 128)).toList();
    }

    /** Plans a compare into the folder and submits it; whether the name worked (else it was refused). */
    static boolean planAndSubmit(ShortCompare c, FakeSlurm slurm, Path dir, String shown) throws Exception {
        int status = c.portshift(c.compare("--plan-only", "--tasks", "2", "--out", dir.toString()));
        String context = Printable.of(shown) + ": " + c.err;
        if (refused(dir.toString(), true)) {
            assertThat(status).as(context).isEqualTo(2);
            assertThat(c.err.toString().lines()).as(context).hasSize(1).allMatch(l -> l.startsWith("portshift: "));
            assertThat(Files.exists(dir)).as(context + ": nothing written").isFalse();
            return false;
        }
        assertThat(status).as(context).isZero();
        submitted(slurm, dir, 2);
        return true;
    }

    /**
     * Runs submit.sh under the stand-in Slurm and checks that exactly the intended commands ran: each array task's
     * work and the merge, on this folder, from the working folder, and nothing a name tried to run.
     */
    static void submitted(FakeSlurm slurm, Path dir, int tasks) throws Exception {
        Path abs = dir.toAbsolutePath().normalize();
        String shown = Printable.of(abs.toString());
        String workdir = readWorkdir(abs);
        String array = Files.readString(abs.resolve("slurm.sbatch"));
        String logs = abs.toString().replace("%", "%%") + "/slurm-logs/";
        assertThat(FakeSlurm.directives(array)).as(shown).containsExactly("--job-name=portshift", "--array=0-"
                + (tasks - 1), "--cpus-per-task=1", "--chdir=" + workdir, "--output=" + logs + "task-%a.out");
        assertThat(FakeSlurm.directives(Files.readString(abs.resolve("finish.sbatch")))).as(shown).containsExactly(
                "--job-name=portshift-finish", "--cpus-per-task=1", "--chdir=" + workdir, "--output=" + logs + "finish.out");
        slurm.clear();
        assertThat(slurm.run(Path.of("/"), List.of("sh", abs.resolve("submit.sh").toString()))).as(shown + "\n"
                + slurm.said()).isZero();
        assertThat(slurm.pwned()).as(shown + ": a command of the folder's name ran").isFalse();
        assertThat(slurm.sbatchCalls()).as(shown).containsExactlyInAnyOrder(
                List.of("--parsable", abs + "/slurm.sbatch"),
                List.of("--parsable", "--dependency=afterok:4242", abs + "/finish.sbatch"));
        List<List<String>> expected = new ArrayList<>();
        for (int task = 0; task < tasks; task++) {
            expected.add(program(workdir, "work", abs.toString(), "--task", Integer.toString(task), "--threads", "1"));
        }
        expected.add(program(workdir, "finish", abs.toString()));
        assertThat(slurm.javaCalls()).as(shown + "\n" + slurm.said()).containsExactlyInAnyOrderElementsOf(expected);
    }

    /** A call of the Java launcher: its working folder, then the program's arguments. */
    static List<String> program(String workdir, String... args) {
        List<String> out = new ArrayList<>(List.of(workdir, "-Djava.awt.headless=true", "-cp",
                System.getProperty("java.class.path"), "portshift.cli.Main"));
        out.addAll(List.of(args));
        return out;
    }

    private static String readWorkdir(Path dir) throws IOException {
        return new com.fasterxml.jackson.databind.ObjectMapper().readTree(dir.resolve("job.json").toFile()).get("workdir")
                .asText();
    }

    /**
     * Whether a folder's name must be refused: it holds a character that ends, moves or hides a line, or, for the
     * folder of the logs, a backslash (after which Slurm expands no %a).
     */
    static boolean refused(String path, boolean holdsLogs) {
        return path.chars().anyMatch(ch -> Character.isISOControl(ch) || List.of((int) Character.FORMAT,
                (int) Character.LINE_SEPARATOR, (int) Character.PARAGRAPH_SEPARATOR).contains(Character.getType(ch)))
                || holdsLogs && path.indexOf('\\') >= 0;
    }
}
