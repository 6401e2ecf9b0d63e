package portshift.observe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;

/** A row's month read as a date: as YearMonth.parse reads it, for the text ports.csv writes and for any other. */
class PortMonthTest {
    @Test
    void everyMonthOfManyYearsReadsAsTheParserReadsIt() {
        for (int year = 0; year <= 9999; year += 7) {
            for (int month = 1; month <= 12; month++) {
                String text = String.format("%04d-%02d", year, month);
                assertThat(PortMonth.parse(text)).as(text).isEqualTo(YearMonth.parse(text));
            }
        }
    }

    @Test
    void otherTextIsLeftToTheParserWhichAcceptsOrRefusesIt() {
        assertThat(PortMonth.parse("+12345-06")).isEqualTo(YearMonth.parse("+12345-06"));
        for (String bad : List.of("2024-13", "2024-00", "2024-1", "2024/01", "20a4-01", "2024-0x", "", "2024-011")) {
            assertThatThrownBy(() -> PortMonth.parse(bad)).as(bad).isInstanceOf(DateTimeException.class);
        }
    }

    @Test
    void aRowKeepsTheMonthItWasGiven() {
        PortMonth m = new PortMonth("ANTWERP", "EUROPE", "IMPORT", "2023-11", true, new double[PortMonthTest.measures()]);
        assertThat(m.yearMonth()).isEqualTo(YearMonth.of(2023, 11)).isSameAs(m.yearMonth());
    }

    private static int measures() {
        return portshift.model.PortMeasure.count();
    }
}
