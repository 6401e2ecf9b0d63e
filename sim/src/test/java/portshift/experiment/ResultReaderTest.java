package portshift.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Result files read back as they were written: a record is never split inside a quoted cell. */
class ResultReaderTest {

    @Test
    void quotedCellsMayHoldLineBreaksCommasAndQuotes() {
        String text = Csv.cell("two\nlines") + ",1\n" + Csv.cell("a \"quoted\", text") + ",2\r\n" + Csv.cell("cr\ronly") + ",3\n";
        assertThat(ResultReader.records(text)).containsExactly(List.of("two\nlines", "1"),
                List.of("a \"quoted\", text", "2"), List.of("cr\ronly", "3"));
    }

    @Test
    void emptyLinesAreNotRecordsAndAnEmptyCellIsKept() {
        assertThat(ResultReader.records("\n1,,3\n\n")).containsExactly(List.of("1", "", "3"));
    }

    @Test
    void plainLinesAroundQuotedRecordsAndCarriageReturnsReadAlike() {
        String text = "a,b\r\n\"x\ny\",2\nplain,3\n,\n\r\nq\"\"uote,\"\"\n\nlast";
        assertThat(ResultReader.records(text)).containsExactly(List.of("a", "b"), List.of("x\ny", "2"),
                List.of("plain", "3"), List.of("", ""), List.of("quote", ""), List.of("last"));
        assertThat(ResultReader.records("")).isEmpty();
        assertThat(ResultReader.records("\n\n")).isEmpty();
        assertThat(ResultReader.records("only")).containsExactly(List.of("only"));
        assertThat(ResultReader.records("\"open,\nnever closed")).containsExactly(List.of("open,\nnever closed"));
    }

    @Test
    void aNumberTooLargeToWriteReadsBackAsMissing() {
        assertThat(Csv.number(Double.POSITIVE_INFINITY)).isEmpty();
        assertThat(Csv.number(1e308)).hasSizeGreaterThan(300).doesNotContain("E");
    }
}
