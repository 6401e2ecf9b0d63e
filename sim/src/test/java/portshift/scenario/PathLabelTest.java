package portshift.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

/** Field paths said in words, as figures and notebooks name uncertainties and swept values. */
class PathLabelTest {
    private static final Map<String, String> NAMES = Map.of("ANTWERP", "Antwerp-Bruges");

    @Test
    void portsAreNamedAndIdsBecomeWords() {
        assertThat(PathLabel.of("world.ports.ANTWERP.latam_share", NAMES)).isEqualTo("Antwerp-Bruges: latam share");
        assertThat(PathLabel.of("uncertainties.corruptible_share.ports.ANTWERP", NAMES))
                .isEqualTo("Antwerp-Bruges: corruptible share");
        assertThat(PathLabel.of("port_defaults.IMPORT.inspections_per_officer_per_day", NAMES))
                .isEqualTo("import ports: inspections per officer per day");
        assertThat(PathLabel.of("uncertainties.supply_tonnes_per_year.COLOMBIA", NAMES))
                .isEqualTo("supply tonnes per year (Colombia)");
        assertThat(PathLabel.of("uncertainties.customs.scan_detection.CONCEALED_IN_CARGO", NAMES))
                .isEqualTo("customs scan detection (concealed in cargo)");
        assertThat(PathLabel.of("uncertainties.corruptible_share.all", NAMES)).isEqualTo("corruptible share (all)");
    }

    @Test
    void listPositionsAreLeftOutAndAnUnnamedPortIsWrittenInWords() {
        assertThat(PathLabel.of("interventions[4].alliance.harmonization", NAMES)).isEqualTo("alliance harmonization");
        assertThat(PathLabel.of("interventions[3].ports.LE_HAVRE.scanners", Map.of())).isEqualTo("le havre: scanners");
        assertThat(PathLabel.of("supply_factor", NAMES)).isEqualTo("supply factor");
    }
}
