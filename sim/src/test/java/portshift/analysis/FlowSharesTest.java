package portshift.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import portshift.model.PortMeasure;
import portshift.observe.PortMonth;

/** The displacement measures on a hand-made month of four European ports and one export port. */
class FlowSharesTest {
    /** kg sent, containers handled and screened: screening 10%, 3%, 5% and 1%. */
    private static final List<PortMonth> MONTH = List.of(
            port("ANTWERP", "EUROPE", 50, 1000, 100),
            port("LE_HAVRE", "EUROPE", 20, 1000, 30),
            port("VALENCIA", "EUROPE", 20, 1000, 50),
            port("FELIXSTOWE", "EUROPE", 10, 1000, 10),
            port("GUAYAQUIL", "SOUTH_AMERICA", 500, 1000, 0));
    private static final Reference REFERENCE = new Reference(Set.of("ANTWERP", "LE_HAVRE", "VALENCIA"),
            Map.of("ANTWERP", "BE", "LE_HAVRE", "FR", "VALENCIA", "ES", "FELIXSTOWE", "GB", "GUAYAQUIL", "EC"));

    private static PortMonth port(String id, String region, double kg, double handled, double screened) {
        return new PortMonth(id, region, "IMPORT", "2024-03", true, Map.of(PortMeasure.ATTEMPTED_KG, kg,
                PortMeasure.DELIVERED_KG, kg, PortMeasure.SHIPMENTS, 1.0, PortMeasure.CONTAINERS_SCREENED, screened,
                PortMeasure.CONTAINERS_HANDLED, handled));
    }

    @Test
    void eachShareCountsOnlyEuropeanFlow() {
        assertThat(FlowShares.belowScreening(MONTH, FlowShares.LOW_SCREENING)).isCloseTo(0.3, within(1e-12));
        assertThat(FlowShares.belowScreening(MONTH, 0.06)).isCloseTo(0.5, within(1e-12));
        assertThat(FlowShares.outside(MONTH, REFERENCE.alliance())).isCloseTo(0.1, within(1e-12));
        assertThat(FlowShares.through(MONTH, REFERENCE.portsOf("FR", "ES"))).isCloseTo(0.4, within(1e-12));
        assertThat(FlowShares.through(MONTH, REFERENCE.portsOf("FR"))).isCloseTo(0.2, within(1e-12));
    }

    @Test
    void aMonthOfTheWarmUpIsLeftOut() {
        PortMonth warmUp = new PortMonth("LE_HAVRE", "EUROPE", "IMPORT", "2020-01", false, Map.of(
                PortMeasure.ATTEMPTED_KG, 900.0, PortMeasure.DELIVERED_KG, 900.0, PortMeasure.SHIPMENTS, 1.0,
                PortMeasure.CONTAINERS_HANDLED, 1000.0));
        List<PortMonth> months = new java.util.ArrayList<>(MONTH);
        months.add(warmUp);
        assertThat(FlowShares.through(months, REFERENCE.portsOf("FR"))).isCloseTo(0.2, within(1e-12));
    }

    @Test
    void noFlowToEuropeGivesZeroShares() {
        assertThat(FlowShares.outside(List.of(MONTH.get(4)), REFERENCE.alliance())).isZero();
    }
}
