package portshift.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** Names made identifiers by the rule docs/outputs.md states ("Column names"). */
class ColumnNamesTest {
    @Test
    void pathsAndLabelsBecomeIdentifiersByTheStatedRule() {
        assertThat(ColumnNames.of("uncertainties.supply_tonnes_per_year.COLOMBIA"))
                .isEqualTo("uncertainties_supply_tonnes_per_year_COLOMBIA");
        assertThat(ColumnNames.of("interventions[0].alliance.harmonization"))
                .isEqualTo("interventions_0_alliance_harmonization");
        assertThat(ColumnNames.of("ports.ANTWERP.scanners")).isEqualTo("ports_ANTWERP_scanners");
        assertThat(ColumnNames.ofLabel("Alliance of European Ports launched; Antwerp and Rotterdam reinforce their controls"))
                .isEqualTo("alliance_of_european_ports_launched_antwerp_and_rotterdam_reinforce_their_controls");
        assertThat(ColumnNames.ofLabel("Anvers renforcé — 2024")).isEqualTo("anvers_renforce_2024");
        assertThat(ColumnNames.of("2024 crackdown")).isEqualTo("_2024_crackdown");
        assertThat(ColumnNames.of("…")).isEqualTo("_");
        assertThat(new Metric(Outcome.WDQ, "Antwerp's crackdown").name()).isEqualTo("wdq_antwerp_s_crackdown");
        assertThat(new Metric(Outcome.WDQ, "Antwerp's crackdown").label()).isEqualTo("wdq[Antwerp's crackdown]");
    }

    @Test
    void namesThatWouldMeetAreNumberedInOrder() {
        assertThat(ColumnNames.of(List.of("a.b", "a_b", "a-b", "seed"), Set.of("seed")))
                .containsExactly("a_b", "a_b_2", "a_b_3", "seed_2");
        assertThat(ColumnNames.of(List.of("a.b", "a_b", "a-b", "seed"), Set.of("seed")))
                .allMatch(n -> ColumnNames.IDENTIFIER.matcher(n).matches());
    }
}
