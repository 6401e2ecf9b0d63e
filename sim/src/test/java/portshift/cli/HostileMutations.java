package portshift.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/** Random hostile edits of a scenario file's text, each named for the report. */
final class HostileMutations {
    private static final String[] VALUES = {"1e308", "-1e308", ".inf", "-.inf", ".nan", "9223372036854775808",
            "-9223372036854775809", "1.5", "0", "-1", "2147483648", "1_000", "0x1F", "012", "1:20", "NO", "yes", "off",
            "On", "~", "null", "''", "\"\"", "[]", "{}", "[[[[[[]]]]]]", "2024-01-01T10:00", "99999-01-01",
            "+999999999-12-31", "0000-00-00", "2024-02-30", "\"\\e[31mred\\e[0m\"", "\"line\\nportshift: x.yaml:1:1: fake\"",
            "\"cr\\rreturn\"", "\"nul\\0byte\"", "\"\\u202Eevil\"", "!!str 5", "!!binary aGVsbG8=", "&anchor 5", "*alias",
            "\"ANTWERP\"", "ANTWERPX", "ÁNTWERP", "\"ünïcødé\"", "true", "false", "1", "-0", "1e-320", "4.9e-324"};

    private final Random random;

    HostileMutations(Random random) {
        this.random = random;
    }

    /** A mutated text and what was done to it. */
    record Mutant(String text, String kind) {
    }

    Mutant of(String text) {
        List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
        int k = random.nextInt(10);
        String kind = switch (k) {
            case 0, 1, 2 -> replaceValue(lines, pick(VALUES));
            case 3 -> replaceValue(lines, "\"" + "x".repeat(1 + random.nextInt(300_000)) + "\"");
            case 4 -> replaceValue(lines, nested(20 + random.nextInt(200)));
            case 5 -> appendSweep(lines);
            case 6 -> appendExtends(lines);
            case 7 -> replaceKey(lines, pick(new String[] {"!!str name", "&k name", "? [a, b]", "NO", "\"\\e[2J\"",
                    "x".repeat(100_000), "ports", "days", "<<"}));
            case 8 -> truncate(lines);
            default -> setField(lines);
        };
        return new Mutant(String.join("\n", lines), kind);
    }

    private String pick(String[] from) {
        return from[random.nextInt(from.length)];
    }

    private int valueLine(List<String> lines) {
        for (int tries = 0; tries < 50; tries++) {
            int i = random.nextInt(lines.size());
            String line = lines.get(i);
            if (!line.strip().startsWith("#") && line.contains(": ") && !line.strip().endsWith(":")) {
                return i;
            }
        }
        return -1;
    }

    private String replaceValue(List<String> lines, String value) {
        int i = valueLine(lines);
        if (i < 0) {
            return "nothing";
        }
        String line = lines.get(i);
        int colon = line.indexOf(": ");
        lines.set(i, line.substring(0, colon + 2) + value);
        return "value at line " + (i + 1) + " set to " + abbreviate(value);
    }

    private String replaceKey(List<String> lines, String key) {
        int i = valueLine(lines);
        if (i < 0) {
            return "nothing";
        }
        String line = lines.get(i);
        int indent = line.length() - line.stripLeading().length();
        lines.set(i, line.substring(0, indent) + key + line.substring(line.indexOf(": ")));
        return "key at line " + (i + 1) + " set to " + abbreviate(key);
    }

    private String nested(int depth) {
        return "[".repeat(depth) + "]".repeat(depth);
    }

    private String appendSweep(List<String> lines) {
        int axes = 1 + random.nextInt(70);
        int values = 1 + random.nextInt(random.nextBoolean() ? 3 : 5000);
        StringBuilder sweep = new StringBuilder("sweep:\n");
        for (int a = 0; a < axes; a++) {
            sweep.append("  ").append(random.nextBoolean() ? "alliance.harmonization" : "ports.ANTWERP.scanners")
                    .append(a == 0 ? "" : "[" + a + "]").append(": [");
            for (int v = 0; v < values; v++) {
                sweep.append(v == 0 ? "" : ", ").append(v % 2);
            }
            sweep.append("]\n");
        }
        lines.removeIf(l -> l.startsWith("sweep:"));
        lines.add(sweep.toString());
        return "a sweep of " + axes + " axes of " + values + " values";
    }

    private String appendExtends(List<String> lines) {
        String target = pick(new String[] {"../../etc/passwd", "/etc/hostname", "baseline.yaml\\0x", "mutant.yaml",
                "nowhere.yaml", "\"\"", "http://example.com/x.yaml", "~/x.yaml", "..", "baseline.yaml/../baseline.yaml",
                "\"base\\nline.yaml\""});
        lines.removeIf(l -> l.startsWith("extends:"));
        lines.add(0, "extends: " + target);
        return "extends " + target;
    }

    private String truncate(List<String> lines) {
        int keep = random.nextInt(lines.size());
        String last = lines.get(keep);
        lines.subList(keep, lines.size()).clear();
        lines.add(last.substring(0, random.nextInt(last.length() + 1)));
        return "cut at line " + (keep + 1);
    }

    private String setField(List<String> lines) {
        String field = pick(new String[] {"days: 2147483647", "days: 0", "warmup_days: -1", "start: 99999-01-01",
                "start: 2024-01-01T00:00", "name: \"\\e]0;title\\a\"", "uncertainties: {traffickers: {organisations: "
                + "{COLOMBIA: 2000000000}}}", "world: {ports: {NORWAY_PORT: {country: NO, region: EUROPE, role: IMPORT, "
                + "lat: 59.9, lon: 10.7, teu_millions: 0.3, latam_share: 0.01}}}"});
        lines.add(field);
        return "added " + abbreviate(field);
    }

    /** Pieces of a folder name that a shell, Slurm's #SBATCH reader or its %-patterns would misread unquoted. */
    private static final String[] FOLDER_PIECES = {"$(pwned)", "`pwned`", ";pwned;", "&&pwned", "|pwned", "'", "\"",
            "\\", "#", " ", "\n", "\r", "\t", "%a", "%%", "%j", "ü", "€", "!", "*", "?[a]", "~", "-", "\u202E", "${PATH}",
            "$HOME", ">x", "<x", "\u2028", "\u0085", "packjob", "#SBATCH --wrap=pwned", ":", "=", "\\\""};

    /** A random folder name of hostile pieces (never a path of its own: no slash). */
    String folderName() {
        StringBuilder name = new StringBuilder("f");
        int pieces = 1 + random.nextInt(6);
        for (int i = 0; i < pieces; i++) {
            name.append(pick(FOLDER_PIECES));
        }
        return name.toString();
    }

    private static String abbreviate(String s) {
        String shown = s.length() > 40 ? s.substring(0, 40) + "..." : s;
        return shown.replace("\n", "\\n");
    }
}
