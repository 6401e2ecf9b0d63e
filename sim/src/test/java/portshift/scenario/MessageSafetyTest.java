package portshift.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import portshift.CpuBudget;
import portshift.cli.Main;

/**
 * Messages cannot be forged or turned against the terminal: every value is escaped and cut, and a
 * file that is not UTF-8 is reported where it stops being so.
 */
class MessageSafetyTest {
    @TempDir
    static Path dir;

    @ParameterizedTest(name = "{0}")
    @MethodSource("forgeries")
    void everyValueIsEscapedAndCut(String title, String yaml, String message) {
        assertThat(Variants.problems(Variants.write(dir, yaml))).singleElement().satisfies(line -> {
            assertThat(line).contains(message).doesNotContain("\n", "\r", "\u001b", "\u0007", "\u2028");
            assertThat(line.length()).isLessThan(400);
        });
    }

    /** Values that try to forge a message or drive the terminal, and how each must be shown. */
    static Stream<Arguments> forgeries() {
        return Stream.of(
                Arguments.of("a second line in a number", "days: \"1\\nportshift: variant.yaml:1:1: days: all is well\"\n",
                        "days: expected a whole number, found '1\\nportshift: variant.yaml:1:1: days: all is well'"),
                Arguments.of("a carriage return over the line", "warmup_days: \"9\\rportshift: ok\"\n", "found '9\\rportshift: ok'"),
                Arguments.of("escape codes in a member", "alliance:\n  members: [\"\\e[2J\\e[31mANTWERP\"]\n",
                        "alliance.members[0]: expected text without control characters, found '\\u001b[2J\\u001b[31mANTWERP'"),
                Arguments.of("escape codes in an enum", "world:\n  ports:\n    ANTWERP: {role: \"IMP\\e]0;owned\\aORT\"}\n",
                        "world.ports.ANTWERP.role: expected one of EXPORT, IMPORT, HUB, found 'IMP\\u001b]0;owned\\u0007ORT'"),
                Arguments.of("a line separator", "days: \"5\\L6\"\n", "found '5\\u20286'"),
                Arguments.of("a long value is cut", "days: \"" + "9".repeat(5000) + "\"\n", "days: expected a whole number, found '" + "9".repeat(60) + "…'"),
                Arguments.of("a long numeral is cut", "days: " + "9".repeat(5000) + "\n", "days: expected a whole number, found '" + "9".repeat(60) + "…'"),
                Arguments.of("a long decimal is cut", "alliance:\n  harmonization: 0." + "5".repeat(5000) + "\n",
                        "alliance.harmonization: expected a number, found '0." + "5".repeat(58) + "…'"),
                Arguments.of("a long number in text", "alliance:\n  harmonization: \"" + "5".repeat(5000) + "\"\n",
                        "alliance.harmonization: expected a number, found '" + "5".repeat(60) + "…'"),
                Arguments.of("an unknown port, cut", "alliance:\n  members: [" + "Q".repeat(99) + "]\n", "unknown port '" + "Q".repeat(60) + "…'"),
                Arguments.of("a tag with escapes", "name: !<tag:x%1B%5B31m> x\n", "name: explicit YAML tags (tag:x\\u001b[31m) are not supported"));
    }

    static Stream<Arguments> badBytes() {
        return Stream.of(
                Arguments.of("a stray byte in a value", "name: ok\ndescription: caf\u00e9 \u0000 x\n", 0xFF, "variant.yaml:3:19: not valid UTF-8: byte 0xFF"),
                Arguments.of("Latin-1 in a name", "name: Li\u0000ge\n", 0xE8, "variant.yaml:2:9: not valid UTF-8: byte 0xE8"),
                Arguments.of("a cut sequence in a comment", "name: ok\n\n  # \u0000", 0xE2, "variant.yaml:4:5: not valid UTF-8: byte 0xE2"),
                Arguments.of("an overlong encoding", "name: a\u0000\n", 0xC0, "variant.yaml:2:8: not valid UTF-8: byte 0xC0"),
                Arguments.of("after a multi-byte character", "name: \u00e9\u00e9\u0000\n", 0xFE, "variant.yaml:2:9: not valid UTF-8: byte 0xFE"));
    }

    /** The text with its NUL replaced by the bad byte (and, for 0xC0, the byte of an overlong NUL after it). */
    @ParameterizedTest(name = "{0}")
    @MethodSource("badBytes")
    void invalidUtf8IsReportedWhereItIs(String title, String text, int bad, String message) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (byte b : ("extends: baseline.yaml\n" + text).getBytes(StandardCharsets.UTF_8)) {
            if (b != 0) {
                bytes.write(b);
            } else {
                bytes.write(bad);
                if (bad == 0xC0) {
                    bytes.write(0x80);
                }
            }
        }
        assertThat(Variants.problems(Variants.writeBytes(dir, bytes.toByteArray()))).singleElement()
                .satisfies(line -> assertThat(line).contains(message));
    }

    @Test
    void theCommandLinePrintsOneEscapedLinePerMistake() {
        Path file = Variants.write(dir, "name: \"\\e[31mred\\nportshift: fake\"\ndays: 1.5\n");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Main.execute(new String[] {"validate", file.toString()}, new PrintWriter(out, true), new PrintWriter(err, true));
        assertThat(status).isEqualTo(2);
        assertThat(err.toString().lines().toList()).hasSize(2).allSatisfy(line -> assertThat(line).startsWith("portshift: ")
                .doesNotContain("\u001b", "Exception", "\tat "));
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void exceptionsMadeAnywhereAreEscaped() {
        assertThat(new ScenarioException("x.yaml: name: two scenarios are called 'a\nb\u001b'").problems())
                .containsExactly("x.yaml: name: two scenarios are called 'a\\nb\\u001b'");
        assertThat(new ScenarioException("y".repeat(5000)).problems().get(0)).hasSize(ScenarioException.MAX_LINE + 1).endsWith("…");
    }

    @Test
    void aHugeMisspellingCostsLittle() {
        String huge = "R".repeat(1_000_000);
        // CPU time (a hang guard). Quiet: 0.34 s
        CpuBudget.run(Duration.ofSeconds(20), "a megabyte misspelling", () ->
                assertThat(Variants.problems(Variants.write(dir, "world:\n  ports:\n    ANTWERP: {role: " + huge + "}\n")))
                        .singleElement().satisfies(line -> assertThat(line).contains("world.ports.ANTWERP.role: expected one of")
                                .hasSizeLessThan(400)));
    }
}
