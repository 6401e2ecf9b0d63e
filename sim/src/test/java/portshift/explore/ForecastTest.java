package portshift.explore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import portshift.TestPaths;
import portshift.model.ModelConfig;
import portshift.model.PortMeasure;
import portshift.observe.PortMonth;
import portshift.scenario.LoadedScenario;

/** The forecast over worlds on hand-made months, where every median, interval and change is known. */
class ForecastTest {
    private static final ModelConfig BASELINE = LoadedScenario.load(TestPaths.scenario("baseline.yaml")).config();

    /** One port's year: twelve months, each with a twelfth of the kilograms. */
    private static List<PortMonth> year(String port, int year, double attempted, double seized, boolean reported) {
        List<PortMonth> out = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            out.add(new PortMonth(port, "EU", "IMPORT", String.format("%d-%02d", year, m), reported, Map.of(
                    PortMeasure.ATTEMPTED_KG, attempted / 12, PortMeasure.SEIZED_KG, seized / 12,
                    PortMeasure.DELIVERED_KG, (attempted - seized) / 12)));
        }
        return out;
    }

    @Test
    void theWholeYearsAreThoseAfterTheWarmUpThatTheRunCoversToTheirLastDay() {
        // 2022-01-01, 2190 days, a year's warm-up: 2023 to 2026 whole; 2027 ends a day short
        assertThat(Forecast.wholeYears(BASELINE)).containsExactly(2023, 2024, 2025, 2026);
        assertThat(Forecast.wholeYears(BASELINE.withHorizon(1096, 365))).containsExactly(2023, 2024);
        assertThat(Forecast.wholeYears(BASELINE.withHorizon(730, 400))).isEmpty();
    }

    @Test
    void aWorldsValueIsItsReplicationsMeanAndTheSpreadIsOverWorlds() {
        // one policy, five worlds, two replications each; Antwerp attempts 100 t x (world + 1) in 2023 and seizes
        // 10 t more in 2024 than in 2023 in every world; the warm-up year 2022 is left out
        Forecast f = new Forecast(List.of("p"), 5, BASELINE.withHorizon(1096, 365));
        for (int w = 0; w < 5; w++) {
            for (int r = 0; r < 2; r++) {
                List<PortMonth> months = new ArrayList<>(year("ANTWERP", 2022, 999_000, 999_000, false));
                double noise = r == 0 ? -1000 : 1000;
                months.addAll(year("ANTWERP", 2023, 100_000 * (w + 1) + noise, 20_000, true));
                months.addAll(year("ANTWERP", 2024, 100_000 * (w + 1), 30_000 + w * 1000, true));
                f.add(w, 0, months);
            }
        }
        List<Forecast.Cell> cells = f.cells();
        assertThat(cells).hasSize(2 * 3);
        Forecast.Cell attempted2023 = cells.stream().filter(c -> c.year() == 2023
                && c.measure() == PortMeasure.ATTEMPTED_KG).findFirst().orElseThrow();
        // 100, 200, 300, 400, 500 t: the median 300 t, the 5th percentile 100 + 0.2 x 100 = 120 t, the 95th 480 t
        assertThat(attempted2023.spread().median()).isCloseTo(300_000, within(1e-6));
        assertThat(attempted2023.spread().p05()).isCloseTo(120_000, within(1e-6));
        assertThat(attempted2023.spread().p95()).isCloseTo(480_000, within(1e-6));
        assertThat(attempted2023.spread().worlds()).isEqualTo(5);
        Forecast.Change seized = f.changes(2023).stream().filter(c -> c.measure() == PortMeasure.SEIZED_KG)
                .findFirst().orElseThrow();
        // +10, +11, +12, +13, +14 t
        assertThat(seized.spread().median()).isCloseTo(12_000, within(1e-6));
        assertThat(seized.spread().p05()).isCloseTo(10_200, within(1e-6));
        assertThat(seized.rising()[0]).isEqualTo(1.0);
        Forecast.Change attempted = f.changes(2023).stream().filter(c -> c.measure() == PortMeasure.ATTEMPTED_KG)
                .findFirst().orElseThrow();
        assertThat(attempted.spread().median()).as("the replications' noise cancels in the mean").isCloseTo(0,
                within(1e-6));
        assertThatThrownBy(() -> f.changes(2024)).isInstanceOf(IllegalArgumentException.class);
    }
}
