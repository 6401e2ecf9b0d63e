package portshift.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import portshift.ProcessBudget;
import portshift.experiment.JobScript;

/**
 * A stand-in for Slurm that shows what a generated script runs. Its {@code sbatch} (first on the PATH) records its
 * arguments and runs the script named last with bash, once per task of its {@code #SBATCH --array}, from the root
 * folder; the Java launcher ({@code PORTSHIFT_JAVA}) records its working folder and arguments, and with
 * {@code passThrough} then runs the real Java; and {@code pwned}, the command every hostile folder name tries to
 * call, records that it ran. So a test knows every command a script ran, byte for byte.
 */
final class FakeSlurm {
    /** The command a hostile name calls ($(pwned), `pwned`, ;pwned): it must never run. */
    static final String PAYLOAD = "pwned";
    /**
     * CPU time for one submission and everything it runs (a hang guard). Quiet: a planned compare's submit.sh
     * under 0.1 s; an optimization's steps with the real Java about 30 s.
     */
    private static final Duration CPU = Duration.ofSeconds(600);

    private final Path bin;
    private final Path log;

    FakeSlurm(Path dir, boolean passThrough) throws IOException {
        this.bin = Files.createDirectories(dir.resolve("bin"));
        this.log = Files.createDirectories(dir.resolve("log"));
        script("sbatch", """
                #!/bin/bash
                set -u
                printf '%s\\0' "$@" > "$(mktemp "$FAKE_SLURM_LOG/sbatch.XXXXXX")"
                script="${!#}"
                last=$(sed -n 's/^#SBATCH --array=0-\\([0-9]*\\)$/\\1/p' "$script")
                cd /
                for ((i = 0; i <= ${last:-0}; i++)); do
                  SLURM_ARRAY_TASK_ID=$i bash "$script" >> "$FAKE_SLURM_LOG/jobs.out" 2>&1 || exit 1
                done
                echo 4242
                """);
        script("java", "#!/bin/bash\n{ printf '%s\\0' \"$PWD\"; printf '%s\\0' \"$@\"; } > \"$(mktemp "
                + "\"$FAKE_SLURM_LOG/java.XXXXXX\")\"\n" + (passThrough ? "exec " + JobScript.quoted(realJava())
                + " \"$@\"\n" : ""));
        script(PAYLOAD, "#!/bin/sh\necho \"$0 $*\" >> \"$FAKE_SLURM_LOG/PWNED\"\n");
    }

    private void script(String name, String text) throws IOException {
        Path p = bin.resolve(name);
        Files.writeString(p, text);
        Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    static String realJava() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /**
     * Runs a command with the stand-ins first on the PATH, under the C locale (as a compute node may start a job);
     * returns its exit status, its output going to the log.
     */
    int run(Path workdir, List<String> command) throws IOException, InterruptedException {
        return run(workdir, command, "C");
    }

    /** The same, under UTF-8, as a user's shell plans a job. */
    int plan(Path workdir, List<String> command) throws IOException, InterruptedException {
        return run(workdir, command, "C.UTF-8");
    }

    private int run(Path workdir, List<String> command, String locale) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command).directory(workdir.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.resolve("commands.out").toFile()));
        Map<String, String> env = pb.environment();
        env.remove("LC_ALL");
        env.remove("LC_CTYPE");
        env.put("LANG", locale);
        env.put("PATH", bin + ":" + env.getOrDefault("PATH", "/usr/bin:/bin"));
        env.put("PORTSHIFT_JAVA", bin.resolve("java").toString());
        env.put("FAKE_SLURM_LOG", log.toString());
        return ProcessBudget.waitFor(pb.start(), CPU, Printable.of(String.join(" ", command)));
    }

    /** Whether this JVM can name files that are not ASCII (it runs under a UTF-8 locale). */
    static boolean unicodeNames() {
        return "UTF-8".equals(System.getProperty("sun.jnu.encoding"));
    }

    /** What the command's output said, for a failure's message. */
    String said() throws IOException {
        StringBuilder out = new StringBuilder();
        for (String f : List.of("commands.out", "jobs.out")) {
            Path p = log.resolve(f);
            if (Files.exists(p)) {
                out.append(Files.readString(p, StandardCharsets.UTF_8));
            }
        }
        return out.toString();
    }

    /** Each call of the Java launcher: its working folder, then its arguments. */
    List<List<String>> javaCalls() throws IOException {
        return calls("java.");
    }

    /** Each call of sbatch: its arguments. */
    List<List<String>> sbatchCalls() throws IOException {
        return calls("sbatch.");
    }

    /** Whether a hostile name's command ran. */
    boolean pwned() {
        return Files.exists(log.resolve("PWNED"));
    }

    /** Forgets what was recorded, for the next case. */
    void clear() throws IOException {
        try (Stream<Path> files = Files.list(log)) {
            for (Path f : files.toList()) {
                Files.delete(f);
            }
        }
    }

    private List<List<String>> calls(String prefix) throws IOException {
        List<List<String>> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(log)) {
            for (Path f : files.filter(p -> p.getFileName().toString().startsWith(prefix)).toList()) {
                String text = new String(Files.readAllBytes(f), StandardCharsets.UTF_8);
                out.add(Arrays.asList(text.substring(0, text.length() - 1).split("\0", -1)));
            }
        }
        return out;
    }

    /**
     * The options of a script's #SBATCH lines as Slurm reads them (sbatch's _get_argument): words split at blanks,
     * single or double quotes group, a backslash escapes the next character, an unquoted # ends the line.
     */
    static List<String> directives(String script) {
        List<String> out = new ArrayList<>();
        for (String line : script.split("\n", -1)) {
            if (!line.startsWith("#SBATCH")) {
                continue;
            }
            StringBuilder word = null;
            char quote = 0;
            boolean escape = false;
            String rest = line.substring("#SBATCH".length());
            for (int i = 0; i < rest.length(); i++) {
                char c = rest.charAt(i);
                if (escape) {
                    escape = false;
                } else if (c == '\\') {
                    escape = true;
                    word = word == null ? new StringBuilder() : word;
                    continue;
                } else if (quote != 0) {
                    if (c == quote) {
                        quote = 0;
                        continue;
                    }
                } else if (c == '"' || c == '\'') {
                    quote = c;
                    word = word == null ? new StringBuilder() : word;
                    continue;
                } else if (c == '#') {
                    break;
                } else if (Character.isWhitespace(c)) {
                    if (word != null) {
                        out.add(word.toString());
                        word = null;
                    }
                    continue;
                }
                word = word == null ? new StringBuilder() : word;
                word.append(c);
            }
            if (quote != 0) {
                throw new AssertionError("Slurm refuses an unmatched quote: " + line);
            }
            if (word != null) {
                out.add(word.toString());
            }
        }
        return out;
    }
}
