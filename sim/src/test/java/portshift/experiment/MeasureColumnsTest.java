package portshift.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import portshift.TestPaths;
import portshift.analysis.Outcome;
import portshift.analysis.RunSummary;
import portshift.model.PortMeasure;
import portshift.model.RunAccount;
import portshift.observe.PortMonth;

/**
 * Each declared port measure is one column of ports.csv and each run account one column of runs.csv, written and
 * read back through the declaration alone, and described in docs/outputs.md with its declared unit. A measure or
 * account added to its enum is covered here without editing this test.
 */
class MeasureColumnsTest {

    /** A row whose every measure has its own value (1.5, 2.5, ...), so that a swapped column shows. */
    private static PortMonth everyMeasureDistinct() {
        double[] values = new double[PortMeasure.count()];
        for (PortMeasure m : PortMeasure.values()) {
            values[m.ordinal()] = m.ordinal() + 1.5;
        }
        return new PortMonth("ANTWERP", "EUROPE", "IMPORT", "2024-05", true, values);
    }

    @Test
    void everyPortMeasureIsOneColumnOfPortsCsvReadBackAsWritten() {
        PortMonth written = everyMeasureDistinct();
        List<String> header = Arrays.asList(ResultTables.header(ResultTables.PORT_COLUMNS).strip().split(","));
        List<String> row = Arrays.asList(ResultTables.portRow("s", 2, 9, written).strip().split(","));
        for (PortMeasure m : PortMeasure.values()) {
            assertThat(Collections.frequency(header, m.column())).as(m.column()).isEqualTo(1);
            assertThat(row.get(header.indexOf(m.column()))).as(m.column()).isEqualTo(Csv.number(m.ordinal() + 1.5));
        }
        ResultReader.PortRow read = ResultReader.portRows(ResultTables.portRow("s", 2, 9, written)).get(0);
        assertThat(read.month()).isEqualTo(written);
        assertThat(read.replication()).isEqualTo(2);
    }

    @Test
    void everyRunAccountIsOneColumnOfRunsCsvReadBackAsWritten() {
        Map<RunAccount, Double> accounts = new EnumMap<>(RunAccount.class);
        for (RunAccount a : RunAccount.values()) {
            accounts.put(a, a.ordinal() + 0.25);
        }
        Map<Outcome, Double> recorded = new EnumMap<>(Outcome.class);
        for (Outcome o : Outcome.recordedInRuns()) {
            recorded.put(o, o.ordinal() + 0.75);
        }
        RunSummary written = new RunSummary("s", 1, 5, 730, 365, 1, accounts, recorded);
        List<String> header = Arrays.asList(ResultTables.header(ResultTables.RUN_COLUMNS).strip().split(","));
        for (RunAccount a : RunAccount.values()) {
            assertThat(Collections.frequency(header, a.column())).as(a.column()).isEqualTo(1);
        }
        RunSummary read = RecordedResults.summary(ResultReader.records(ResultTables.runRow(written)).get(0), 365);
        assertThat(read).isEqualTo(written);
    }

    @Test
    void eachMeasureAndAccountIsDescribedWithItsUnit() throws IOException {
        String doc = Files.readString(TestPaths.root().resolve("docs/outputs.md"));
        String ports = doc.substring(doc.indexOf("## `ports.csv`"), doc.indexOf("## `runs.csv`"));
        String runs = doc.substring(doc.indexOf("## `runs.csv`"), doc.indexOf("## `routes.csv`"));
        for (PortMeasure m : PortMeasure.values()) {
            assertThat(ports).as("ports.csv column " + m.column()).containsPattern(
                    "\\| `" + m.column() + "` \\|[^\\n]*\\| " + java.util.regex.Pattern.quote(m.unit()) + " \\|");
        }
        for (RunAccount a : RunAccount.values()) {
            assertThat(runs).as("runs.csv column " + a.column()).containsPattern(
                    "\\| `" + a.column() + "` \\|[^\\n]*\\| " + java.util.regex.Pattern.quote(a.unit()) + " \\|");
        }
    }
}
