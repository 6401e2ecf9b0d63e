package portshift.model;

import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Where cocaine goes when it is not sent into the European container trade: other markets and
 * routes, one for the run. What a kilogram fetches there falls as more is sold there (a
 * downward-sloping demand), so that pressure on Europe sends cocaine elsewhere only until elsewhere
 * pays no better, and the total inflow to Europe is an outcome.
 *
 * <p>The recent volume is a weekly moving average, each week keeping {@code weekly_memory} of the
 * last and adding the rest of the week's sales (the discount of the organisations' beliefs). It
 * starts at the reference volume, at which a kilogram is worth {@code outside_value_usd_per_kg}:
 * <pre>value = outside_value * ((recent + reference) / (2 * reference))^(-f)</pre>
 * with f = {@code outside_price_flexibility}; f = 0 keeps the value fixed.
 */
public final class OutsideMarket implements Steppable {
    private static final long serialVersionUID = 1L;

    private static final double WEEKS_PER_YEAR = 365 / 7.0;
    private final double referenceUsdPerKg;
    private final double referenceKgPerWeek;
    private final double flexibility;
    private final double memory;
    private double recentKgPerWeek;
    private double weekKg;
    private double valueUsdPerKg;

    OutsideMarket(TraffickerParams params) {
        referenceUsdPerKg = params.outsideValueUsdPerKg();
        referenceKgPerWeek = params.outsideReferenceTonnesPerYear() * 1000 / WEEKS_PER_YEAR;
        flexibility = params.outsidePriceFlexibility();
        memory = params.weeklyMemory();
        recentKgPerWeek = referenceKgPerWeek;
        valueUsdPerKg = referenceUsdPerKg;
    }

    /** Each week, after the organisations have planned: the week's sales join the recent volume; the value follows. */
    @Override
    public void step(SimState state) {
        recentKgPerWeek = memory * recentKgPerWeek + (1 - memory) * weekKg;
        weekKg = 0;
        valueUsdPerKg = flexibility == 0 ? referenceUsdPerKg
                : referenceUsdPerKg * Math.pow((recentKgPerWeek + referenceKgPerWeek) / (2 * referenceKgPerWeek),
                        -flexibility);
    }

    /** What a kilogram sold there this week fetches, USD. */
    public double valueUsdPerKg() {
        return valueUsdPerKg;
    }

    /** The recent volume sold there, tonnes a year. */
    public double recentTPerYear() {
        return recentKgPerWeek * WEEKS_PER_YEAR / 1000;
    }

    /** Sells a load there at this week's value; returns what it fetches, USD. */
    double sell(double kg) {
        weekKg += kg;
        return kg * valueUsdPerKg;
    }
}
