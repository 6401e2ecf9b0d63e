package portshift.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * Every number a scenario gives is declared with a finite range, and every text with a length, so
 * that no value can overflow a computation or flood an output row; the schema carries the same.
 */
class DeclaredBoundsTest {
    private final List<String[]> rows = FieldReference.reference();
    private final Map<String, String> ranges = new HashMap<>();

    DeclaredBoundsTest() {
        rows.forEach(r -> ranges.put(r[0], r[3]));
    }

    @Test
    void everyNumberHasAFiniteRangeOfItsOwnOrItsSections() {
        for (String[] r : rows) {
            if (r[1].contains("number")) {
                String range = r[3].isEmpty() ? ranges.get(r[0].substring(0, r[0].lastIndexOf('.'))) : r[3];
                assertThat(range).as(r[0]).matches("\\[[-0-9.E]+, [-0-9.E]+\\]");
            }
        }
    }

    @Test
    void everyTextHasALength() {
        for (String[] r : rows) {
            boolean loader = r[0].equals("extends"); // read by the loader before binding, as a local path
            if (!loader && (r[1].equals("text") || r[1].equals("list of text"))) {
                assertThat(r[3]).as(r[0]).matches("(each )?<= [0-9]+ characters").isNotEqualTo("<= 0 characters");
            }
        }
        assertThat(ranges).containsEntry("description", "<= 5000 characters").containsEntry("alliance.members", "each <= 100 characters");
    }

    @Test
    void theSchemaShowsTheBounds() {
        String schema = SchemaGenerator.schemaJson();
        assertThat(schema).contains("\"maxLength\" : 5000", "\"maximum\" : 100000", "\"maximum\" : 36500",
                "\"pattern\" : \"^[A-Z][A-Z0-9_]*$\"").doesNotContain("Infinity");
    }
}
