package portshift.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * Load size is a decision: an organisation takes the load with the highest expected profit per kg,
 * trading the fixed cost of a load against a larger load being found more easily. In the tiny world
 * with no insiders its only usable options are concealed loads to NORTH and SOUTH, which it believes
 * equally risky, so on the first day (its priors only) the optimum is known in closed form.
 */
class LoadSizeTest {
    private static final String T = "uncertainties.traffickers.";
    private static final String C = "uncertainties.customs.";
    private static final double PRICE = 32500;
    private static final double MIN = 50;
    private static final double MAX = 500;
    private static final double REFERENCE = 500;

    /** The load chosen on the first day, from the priors: each port believed risky with a0 / (a0 + b0). */
    private static double firstLoad(double priorSeizures, double priorPasses, double coverUsd, double elasticity) {
        TinyWorld world = new TinyWorld().set(T + "prior_seizures", priorSeizures).set(T + "prior_passes", priorPasses)
                .set(T + "cover_usd_per_load", coverUsd).set(C + "size_elasticity", elasticity)
                .set(C + "reference_load_kg", REFERENCE);
        return TinyWorld.runTo(world.config(), 1, 1).traffickers().get(0).lastLoadKg();
    }

    /**
     * The load that maximises v(L) = s^x(L) R - F / L for one option, x(L) = (L / reference)^e, found by
     * bisection on dv/dL = R s^x ln(s) e x / L + F / L^2 (positive below the optimum).
     */
    private static double optimum(double s, double revenue, double fixed, double elasticity) {
        double lo = MIN;
        double hi = MAX;
        if (slope(lo, s, revenue, fixed, elasticity) <= 0) {
            return MIN;
        }
        if (slope(hi, s, revenue, fixed, elasticity) >= 0) {
            return MAX;
        }
        for (int n = 0; n < 200; n++) {
            double mid = (lo + hi) / 2;
            if (slope(mid, s, revenue, fixed, elasticity) > 0) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return (lo + hi) / 2;
    }

    private static double slope(double kg, double s, double revenue, double fixed, double elasticity) {
        double x = Math.pow(kg / REFERENCE, elasticity);
        return revenue * Math.pow(s, x) * Math.log(s) * elasticity * x / kg + fixed / (kg * kg);
    }

    @Test
    void theChosenLoadIsTheOptimumOfExpectedProfitPerKg() {
        // 10% believed risk at the export port and at the import port: 0.81 at the reference load
        double load = firstLoad(1, 9, 50_000, 0.05);
        assertThat(load).as("an interior optimum").isBetween(MIN + 10, MAX - 10);
        assertThat(load).isCloseTo(optimum(0.81, PRICE, 50_000, 0.05), within(0.01 * load));
    }

    @Test
    void higherBelievedRiskMeansSmallerLoads() {
        double calm = firstLoad(1, 9, 50_000, 0.05);
        double risky = firstLoad(3, 7, 50_000, 0.05);
        assertThat(risky).as("30% believed risk a port against 10%").isLessThan(0.7 * calm);
        assertThat(risky).isCloseTo(optimum(0.49, PRICE, 50_000, 0.05), within(0.01 * risky));
    }

    @Test
    void aHigherCostPerLoadMeansLargerLoads() {
        double cheap = firstLoad(1, 9, 20_000, 0.05);
        double dear = firstLoad(1, 9, 60_000, 0.05);
        assertThat(dear).isGreaterThan(1.5 * cheap);
    }

    @Test
    void whenSizeDoesNotChangeDetectionLoadsAreAsLargeAsTheyMayBe() {
        assertThat(firstLoad(3, 7, 50_000, 0)).isEqualTo(MAX);
    }

    @Test
    void whenALoadCostsNothingButRiskLoadsAreAsSmallAsTheyMayBe() {
        assertThat(firstLoad(1, 9, 0, 0.05)).isEqualTo(MIN);
    }

    @Test
    void aMixIsSizedAsIfEveryOptionWereValuedExactly() {
        // options of different risks, revenues, costs per load and weights (two of them close in risk,
        // so that they share a class of ln s); the exact v(L) on a fine grid
        double[] w = {1, 0.6, 0.05, 0.8};
        double[] s = {0.83, 0.64, 0.9, 0.82};
        double[] revenue = {32500, 29250, 32500, 32500};
        double[] fixed = {80_000, 40_000, 80_000, 60_000};
        LoadSizing sizing = new LoadSizing(REFERENCE, 0.1);
        double[] logS = new double[s.length];
        for (int i = 0; i < s.length; i++) {
            logS[i] = Math.log(s[i]);
        }
        sizing.mix(w, revenue, logS, fixed, w.length);
        double best = 0;
        double bestValue = Double.NEGATIVE_INFINITY;
        for (double kg = MIN; kg <= MAX; kg += 0.05) {
            double x = Math.pow(kg / REFERENCE, 0.1);
            double v = 0;
            for (int i = 0; i < w.length; i++) {
                v += w[i] * (Math.pow(s[i], x) * revenue[i] - fixed[i] / kg);
            }
            v /= w[0] + w[1] + w[2] + w[3];
            assertThat(sizing.profitPerKg(kg)).isCloseTo(v, within(1e-5 * Math.abs(v)));
            if (v > bestValue) {
                bestValue = v;
                best = kg;
            }
        }
        assertThat(best).as("an interior optimum").isBetween(MIN + 10, MAX - 10);
        assertThat(sizing.choose(MIN, MAX)).isCloseTo(best, within(0.005 * best));
    }

    @Test
    void detectionIsTheGivenChanceAtTheReferenceLoadAndRisesWithSize() {
        CustomsParams customs = new TinyWorld().set(C + "size_elasticity", 0.5).config().customs();
        double d = 0.5;
        assertThat(customs.detection(d, REFERENCE)).isCloseTo(d, within(1e-12));
        assertThat(customs.detection(d, 2 * REFERENCE)).isCloseTo(1 - Math.pow(0.5, Math.sqrt(2)), within(1e-12));
        assertThat(customs.detection(d, REFERENCE / 4)).isCloseTo(1 - Math.sqrt(0.5), within(1e-12));
        double last = 0;
        for (double kg = 10; kg <= 5000; kg *= 1.5) {
            double p = customs.detection(d, kg);
            assertThat(p).isGreaterThan(last).isLessThan(1);
            last = p;
        }
        CustomsParams flat = new TinyWorld().config().customs();
        assertThat(flat.detection(d, 5000)).as("elasticity 0: size does not matter").isEqualTo(d);
    }

    @Test
    void customsFindLoadsLargerThanTheReferenceMoreOften() {
        // every container at the import ports is scanned; loads are fixed at 500 kg (min = max)
        double atReference = seizedShareAtImports(500);
        double twice = seizedShareAtImports(250);
        // a scan finds a reference load half the time; a load of two reference loads 1 - 0.5^2
        assertThat(atReference).isBetween(0.42, 0.58);
        assertThat(twice).isBetween(0.67, 0.83);
    }

    private static double seizedShareAtImports(double referenceKg) {
        TinyWorld world = new TinyWorld().set(T + "min_load_kg", MAX).set(C + "size_elasticity", 1)
                .set(C + "reference_load_kg", referenceKg);
        world.scanners("NORTH", 25);
        world.scanners("SOUTH", 25);
        PortshiftModel model = TinyWorld.runTo(world.config(), 5, 365);
        Port north = model.world().port("NORTH");
        Port south = model.world().port("SOUTH");
        return (north.counters().get(PortMeasure.SEIZED_KG) + south.counters().get(PortMeasure.SEIZED_KG))
                / (north.counters().get(PortMeasure.ATTEMPTED_KG) + south.counters().get(PortMeasure.ATTEMPTED_KG));
    }
}
