package portshift.cli;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Random hostile edits of eval's JSON input, each named for the report: bytes that are not UTF-8, keys given twice,
 * deep nesting, text after the object, cut objects, huge and non-finite numbers, control characters, odd paths, byte
 * order marks and line ends, and values of every JSON type where a number belongs.
 */
final class HostileJson {
    /** A valid input for the tiny world, the start of every mutation. */
    static final String VALID = "{\"uncertainties.corruptible_share.all\": 0.02, \"uncertainties.traffickers.weekly_memory\": "
            + "0.95, \"uncertainties.supply_tonnes_per_year.PRODUCER\": 120}";
    private static final String[] VALUES = {"1e400", "-1e400", "NaN", "Infinity", "-0", "0", "1", "-1",
            "9223372036854775808", "2147483648", "1.5", "0.000000000000000000001", "true", "false", "null", "\"\"",
            "\"0.02\"", "[]", "{}", "[0.02]", "{\"a\": 1}", "\"\\u0000\"", "\"\\u001b[31mred\"", "\"\\ud800\"",
            "\"line\\nportshift: x.json:1:1: fake\"", "0x10", "01", ".5", "+1", "1e-400", "\"" + "x".repeat(5000) + "\""};
    private static final String[] PATHS = {"", ".", "..", "a..b", "[0]", "days[0]", "ports.NORTH[99999999999].x",
            "interventions[-1]", "uncertainties.", "uncertainties.corruptible_share.all.x", "world.ports.NORTH.lat",
            "name", "days", "warmup_days", "sweep.days", "extends", "\u202Eevil", "ünïcødé", "a\nb", "a\"b",
            "uncertainties.supply_tonnes_per_year.NOWHERE", "x".repeat(2000)};

    private final Random random;

    HostileJson(Random random) {
        this.random = random;
    }

    /** A mutated input and what was done to it. */
    record Mutant(byte[] bytes, String kind) {
    }

    Mutant of() {
        String text = VALID;
        int k = random.nextInt(12);
        return switch (k) {
            case 0, 1 -> text("value set to " + shown(pick(VALUES)), replaceValue(text, pick(VALUES)));
            case 2 -> text("a key set to " + shown(pick(PATHS)), replaceKey(text, pick(PATHS)));
            case 3 -> text("a key given twice", text.replace("}", ", \"uncertainties.corruptible_share.all\": 0.03}"));
            case 4 -> {
                int depth = 1 + random.nextInt(20_000);
                yield text("nested " + depth + " deep", random.nextBoolean() ? "[".repeat(depth) + "]".repeat(depth)
                        : "{\"a\":".repeat(depth) + "1" + "}".repeat(depth));
            }
            case 5 -> text("text after the object", text + pick(new String[] {" junk", "{}", "[", " 1", "\u0000",
                    "\n{}", " // comment", "\u00a0"}));
            case 6 -> text("cut", text.substring(0, random.nextInt(text.length())));
            case 7 -> new Mutant(notUtf8(text), "a byte that is not UTF-8");
            case 8 -> text("a byte order mark or odd line ends", pick(new String[] {"\uFEFF", "\r\n", "\r", "\n\n"})
                    + text.replace(", ", pick(new String[] {",\r\n", ",\r", ",\u2028", ",\t"})));
            case 9 -> text("a long string", replaceValue(text, "\"" + "y".repeat(random.nextInt(2_000_000)) + "\""));
            case 10 -> text("control characters", text.replace("0.95", "0.9\u0000" + (char) random.nextInt(32)));
            default -> text("nothing changed", text);
        };
    }

    private Mutant text(String kind, String text) {
        return new Mutant(text.getBytes(StandardCharsets.UTF_8), kind);
    }

    private String replaceValue(String text, String value) {
        List<Integer> colons = positions(text, ": ");
        int at = colons.get(random.nextInt(colons.size())) + 2;
        int end = text.indexOf(',', at);
        end = end < 0 ? text.indexOf('}', at) : end;
        return text.substring(0, at) + value + text.substring(end);
    }

    private String replaceKey(String text, String key) {
        List<Integer> colons = positions(text, "\": ");
        int end = colons.get(random.nextInt(colons.size()));
        int start = text.lastIndexOf('"', end - 1);
        String quoted = key.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
        return text.substring(0, start + 1) + quoted + text.substring(end);
    }

    private byte[] notUtf8(String text) {
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        int at = random.nextInt(utf8.length + 1);
        byte[][] bad = {{(byte) 0xE9}, {(byte) 0xC3}, {(byte) 0xFF}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
                {(byte) 0xC0, (byte) 0xAF}, {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}};
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(utf8, 0, at);
        out.writeBytes(bad[random.nextInt(bad.length)]);
        out.write(utf8, at, utf8.length - at);
        return out.toByteArray();
    }

    private static List<Integer> positions(String text, String of) {
        List<Integer> out = new ArrayList<>();
        for (int i = text.indexOf(of); i >= 0; i = text.indexOf(of, i + 1)) {
            out.add(i);
        }
        return out;
    }

    private String pick(String[] from) {
        return from[random.nextInt(from.length)];
    }

    private static String shown(String s) {
        String cut = s.length() > 40 ? s.substring(0, 40) + "..." : s;
        return cut.replace("\n", "\\n");
    }
}
