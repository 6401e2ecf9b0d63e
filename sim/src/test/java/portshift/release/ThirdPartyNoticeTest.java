package portshift.release;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import portshift.TestPaths;

/**
 * THIRD-PARTY.md names every library the jar ships, at the version shipped, and none it does not: the list comes from
 * the build itself (the dependency plugin's list of runtime libraries, written before the tests run).
 */
class ThirdPartyNoticeTest {
    private static final Pattern SHIPPED = Pattern.compile("^\\s+([\\w.\\-]+):([\\w.\\-]+):jar:([\\w.\\-]+):(compile|runtime)");
    private static final Pattern ROW = Pattern.compile("^\\| ([\\w.\\-]+:[\\w.\\-]+) \\| ([\\w.\\-]+) \\|");

    @Test
    void everyShippedLibraryIsInTheNoticeAtItsVersionAndNoOther() throws IOException {
        Path list = TestPaths.root().resolve("sim/target/shipped-dependencies.txt");
        assertThat(list).as("written by the build's dependency:list before the tests (sim/pom.xml)").isRegularFile();
        List<String> shipped = new ArrayList<>();
        for (String line : Files.readAllLines(list)) {
            Matcher m = SHIPPED.matcher(line);
            if (m.find()) {
                shipped.add(m.group(1) + ":" + m.group(2) + " " + m.group(3));
            }
        }
        assertThat(shipped).as("libraries the build ships").hasSizeGreaterThan(10);
        List<String> noticed = new ArrayList<>();
        for (String line : Files.readAllLines(TestPaths.root().resolve("THIRD-PARTY.md"))) {
            Matcher m = ROW.matcher(line);
            if (m.find()) {
                noticed.add(m.group(1) + " " + m.group(2));
            }
        }
        assertThat(noticed).as("THIRD-PARTY.md's libraries against the build's").containsExactlyInAnyOrderElementsOf(shipped);
        System.out.println("notice: " + shipped.size() + " shipped libraries, each in THIRD-PARTY.md at its version");
    }
}
