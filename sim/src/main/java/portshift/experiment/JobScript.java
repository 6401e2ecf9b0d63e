package portshift.experiment;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One Slurm job script that runs this program, written so that no path or value in it reads as anything but itself.
 * Its lines have three readers. Slurm reads the {@code #SBATCH} lines by its own rules (words split at blanks, quotes
 * group, a backslash escapes the next character, an unquoted {@code #} starts a comment): a path there is written in
 * double quotes with {@code \} and {@code "} escaped. Slurm then reads the log file's name for %-patterns ({@code %a}
 * is the array task): a folder's {@code %} is doubled there. The shell reads the other lines: a path is written in
 * single quotes. No comment holds a path. What cannot be written safely is refused before anything is written: a
 * control character ends or hides a line, and a backslash in a log's path makes Slurm take its %-patterns literally,
 * so that every task would write one log.
 */
public final class JobScript {
    private final String name;
    private final int tasks;
    private final Path workdir;
    private final Path logs;
    private final String log;
    private final String java;
    private final String classpath;

    /**
     * @param tasks     array tasks, or 0 for a job of one task
     * @param workdir   where the command runs, so that its relative paths hold
     * @param logs      the folder of the job's output, which must exist when the job starts
     * @param log       the output file's name in it, with Slurm's %-patterns (task-%a.out)
     * @param java      the Java launcher found when planning; {@code PORTSHIFT_JAVA} overrides it on the cluster
     * @param classpath the program's class path
     */
    public JobScript(String name, int tasks, Path workdir, Path logs, String log, String java, String classpath) {
        this.name = name;
        this.tasks = tasks;
        this.workdir = workdir;
        this.logs = logs;
        this.log = log;
        this.java = java;
        this.classpath = classpath;
    }

    /**
     * The script's text.
     *
     * @param comment what the job does, fixed text (never a path)
     * @param words   the program's arguments as shell words, each already quoted ({@link #quoted}) or a variable
     */
    public String script(String comment, List<String> words) {
        List<String> lines = new ArrayList<>(List.of("#!/bin/bash", "#SBATCH --job-name=" + name));
        if (tasks > 0) {
            lines.add("#SBATCH --array=0-" + (tasks - 1));
        }
        lines.add("#SBATCH --cpus-per-task=1");
        lines.add("#SBATCH --chdir=" + forSbatch(workdir.toString()));
        lines.add("#SBATCH --output=" + forSbatch(logs.toString().replace("%", "%%") + "/" + log));
        lines.add("# " + comment);
        lines.add("set -euo pipefail");
        if (!ascii(workdir.toString(), logs.toString(), java, classpath, String.join(" ", words))) {
            // Java reads a path that is not ASCII only under a UTF-8 locale; a node may start jobs under C
            lines.add("case \"${LC_ALL:-${LC_CTYPE:-${LANG:-}}}\" in");
            lines.add("    *[Uu][Tt][Ff]-8* | *[Uu][Tt][Ff]8*) ;;");
            lines.add("    *) export LC_ALL=C.UTF-8 ;;");
            lines.add("esac");
        }
        // Slurm's --chdir above, and here for a script started by hand
        lines.add("cd -- " + quoted(workdir.toString()));
        lines.add("java=" + quoted(java));
        lines.add("classpath=" + quoted(classpath));
        lines.add("exec \"${PORTSHIFT_JAVA:-$java}\" -Djava.awt.headless=true -cp \"$classpath\" portshift.cli.Main "
                + String.join(" ", words));
        lines.add("");
        return String.join("\n", lines);
    }

    /**
     * Refuses, in one line, folders a job script cannot name: the output folder (which holds the logs) and the
     * working folder with a control character, the output folder with a backslash, and a working folder that cannot
     * be found under the name this program was given for it (a name the system's locale cannot spell).
     */
    static void checkFolders(Path dir, Path workdir) {
        for (Path p : List.of(workdir, dir)) {
            String s = p.toString();
            for (int i = 0; i < s.length(); i++) {
                if (unsafe(s.charAt(i))) {
                    throw new OutputFolder.OutputException(s + ": a Slurm script cannot name this folder: it holds a "
                            + "control or invisible character (at character " + (i + 1) + "); choose a folder without "
                            + "one");
                }
            }
        }
        if (dir.toString().indexOf('\\') >= 0) {
            throw new OutputFolder.OutputException(dir + ": a Slurm script cannot name this folder: Slurm reads a "
                    + "backslash in a log file's path as 'no %-patterns', and every array task would write one log; "
                    + "choose a folder without one");
        }
        if (!Files.isDirectory(workdir)) {
            throw new OutputFolder.OutputException(workdir + ": the working folder cannot be found under this name "
                    + "(is it spelt in characters this system's locale cannot read?); plan from another folder");
        }
    }

    /** Characters that end a line, move the text or cannot be seen: C0 and C1 controls, DEL, separators, format. */
    private static boolean unsafe(char c) {
        int type = Character.getType(c);
        return Character.isISOControl(c) || type == Character.FORMAT || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR;
    }

    /** A word for the shell: in single quotes, each single quote written as '\''. */
    public static String quoted(String s) {
        return "'" + s.replace("'", "'\\''") + "'";
    }

    /** A word for an #SBATCH line: in double quotes, with backslashes and double quotes escaped. */
    static String forSbatch(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static boolean ascii(String... texts) {
        for (String t : texts) {
            if (!t.chars().allMatch(c -> c < 128)) {
                return false;
            }
        }
        return true;
    }
}
