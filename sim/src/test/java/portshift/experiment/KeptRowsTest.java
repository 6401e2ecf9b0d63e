package portshift.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import portshift.model.PortMeasure;

/** Kept port rows are parsed again at every reading unless a command asks for them to be kept parsed. */
class KeptRowsTest {
    private static final String ROWS = row("ANTWERP", "2023-01") + row("ROTTERDAM", "2023-01") + row("ANTWERP", "2023-02");

    private static String row(String port, String month) {
        return "alliance,0,1," + port + ",EUROPE,IMPORT," + month + ",true" + ",2.5".repeat(PortMeasure.count()) + "\n";
    }

    @Test
    void withoutBeingAskedTheParsedRowsAreNotHeld() {
        KeptRows kept = new KeptRows(ROWS);
        List<ResultReader.PortRow> first = kept.parsed();
        assertThat(first).hasSize(3).isEqualTo(ResultReader.portRows(ROWS));
        assertThat(kept.parsed()).isEqualTo(first).isNotSameAs(first);
    }

    @Test
    void askedOnceTheyAreParsedOnceAndShared() {
        KeptRows kept = new KeptRows(ROWS);
        kept.keepParsed();
        List<ResultReader.PortRow> first = kept.parsed();
        assertThat(kept.parsed()).isSameAs(first);
        assertThat(first.get(0).month().port()).isSameAs(first.get(2).month().port());
        assertThat(first.get(0).month().get(PortMeasure.ATTEMPTED_KG)).isEqualTo(2.5);
        assertThat(kept.text()).isEqualTo(ROWS);
    }
}
