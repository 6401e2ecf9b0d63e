package portshift.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;

import org.junit.jupiter.api.Test;

import portshift.TestPaths;

/** docs/outputs.md describes every declared outcome, with the unit its declaration gives and its aliases. */
class OutcomesDocumentedTest {

    @Test
    void everyOutcomeHasItsRowsInTheDocs() throws IOException {
        String doc = Files.readString(TestPaths.root().resolve("docs/outputs.md"));
        String compared = doc.substring(doc.indexOf("### Outcomes"));
        for (Outcome o : Outcome.values()) {
            if (o.recorded()) {
                assertThat(doc).as("runs.csv column " + o.column()).contains("| `" + o.column() + "` |");
            }
            for (String alias : o.aliases()) {
                assertThat(doc).as("alias of " + o.column()).contains("`" + alias + "` for `" + o.column() + "`");
            }
            if (o.compared() && !o.perIntervention()) {
                assertThat(compared).as("compared outcome " + o.column())
                        .contains("| `" + o.column() + "` | " + o.unit() + " |");
            }
        }
    }
}
