package portshift.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * The outside market pays less the more is sold there, so that pressure on Europe sends more
 * cocaine elsewhere only until elsewhere pays no better; with no price response its value is fixed.
 */
class OutsideMarketTest {
    private static final String T = "uncertainties.traffickers.";
    private static final double VALUE = 17_500;
    private static final double REFERENCE_T = 5;

    /** The tiny world with the outside option on: a reference volume of 5 t a year (of 100 t supplied). */
    private static TinyWorld world(double flexibility, int scanners) {
        TinyWorld world = new TinyWorld().set(T + "outside_weight", 0.5).set(T + "outside_rationality_per_kusd", 0.5)
                .set(T + "outside_value_usd_per_kg", VALUE).set(T + "outside_reference_tonnes_per_year", REFERENCE_T)
                .set(T + "outside_price_flexibility", flexibility);
        world.scanners("NORTH", scanners);
        world.scanners("SOUTH", scanners);
        return world;
    }

    /** Kilograms diverted in the second year, and the outside value at its end. */
    private static double[] secondYear(TinyWorld world) {
        PortshiftModel model = TinyWorld.runTo(world.config(), 3, 365);
        double before = model.ledger().get(RunAccount.DIVERTED_KG);
        TinyWorld.stepTo(model, 730);
        return new double[] {model.ledger().get(RunAccount.DIVERTED_KG) - before, model.outsideMarket().valueUsdPerKg()};
    }

    @Test
    void theValueIsTheGivenOneAtTheReferenceVolumeAndHalvesAtThreeTimesIt() {
        TraffickerParams params = world(1, 0).config().traffickers();
        OutsideMarket market = new OutsideMarket(params);
        assertThat(market.valueUsdPerKg()).isEqualTo(VALUE);
        double weeklyReferenceKg = REFERENCE_T * 1000 * 7 / 365;
        for (int week = 0; week < 2000; week++) {
            market.sell(3 * weeklyReferenceKg);
            market.step(null);
        }
        assertThat(market.recentTPerYear()).isCloseTo(3 * REFERENCE_T, within(1e-6));
        assertThat(market.valueUsdPerKg()).isCloseTo(VALUE / 2, within(1e-6));
    }

    @Test
    void pressureOnEuropeSendsMoreElsewhereAndLowersWhatItFetchesThere() {
        double[] calm = secondYear(world(1, 0));
        double[] pressed = secondYear(world(1, 25));
        assertThat(pressed[0]).as("kg diverted when every container is scanned in Europe").isGreaterThan(2 * calm[0]);
        assertThat(pressed[1]).as("outside value under pressure").isLessThan(0.8 * calm[1]);
    }

    @Test
    void withoutAPriceResponseTheValueStaysFixedAndMoreIsDiverted() {
        double[] fixedCalm = secondYear(world(0, 0));
        double[] fixedPressed = secondYear(world(0, 25));
        double[] responsivePressed = secondYear(world(1, 25));
        assertThat(fixedCalm[1]).isEqualTo(VALUE);
        assertThat(fixedPressed[1]).isEqualTo(VALUE);
        assertThat(fixedPressed[0]).as("a market whose price falls takes less").isGreaterThan(responsivePressed[0]);
    }
}
