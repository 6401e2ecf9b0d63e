package portshift.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import picocli.CommandLine.Command;

/**
 * Every command's --help prints its text and nothing else: picocli warns on standard error (through its own tracer,
 * not the command line's writer) when a description holds a format it cannot fill, such as an unescaped "%".
 */
class HelpTextTest {
    @Test
    void everyHelpTextPrintsWithoutAWarning() {
        List<String> commands = new ArrayList<>(List.of(""));
        for (Class<?> c : Main.COMMANDS) {
            commands.add(c.getAnnotation(Command.class).name());
        }
        PrintStream before = System.err;
        ByteArrayOutputStream traced = new ByteArrayOutputStream();
        System.setErr(new PrintStream(traced, true, StandardCharsets.UTF_8));
        try {
            for (String name : commands) {
                StringWriter out = new StringWriter();
                StringWriter err = new StringWriter();
                String[] args = name.isEmpty() ? new String[] {"--help"} : new String[] {name, "--help"};
                assertThat(Main.execute(args, new PrintWriter(out, true), new PrintWriter(err, true))).as(name).isZero();
                assertThat(out.toString()).as(name).startsWith("Usage: portshift").doesNotContain("%n").doesNotContain("%%");
                assertThat(err.toString()).as(name).isEmpty();
                assertThat(traced.toString(StandardCharsets.UTF_8)).as("what picocli traced for %s --help", name).isEmpty();
            }
        } finally {
            System.setErr(before);
        }
        assertThat(commands).contains("optimize", "eval", "explore");
    }
}
