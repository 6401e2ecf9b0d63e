package portshift.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import portshift.TestPaths;
import portshift.scenario.LoadedScenario;

/**
 * A short calibration: reproducible with a fixed seed, never worse than where it started; and the loss it minimises,
 * against figures worked out by hand from its definition in docs/validation.md.
 */
class CalibrationTest {
    private static final Targets TARGETS = Targets.load();

    private static Calibration.Fit fit() {
        LoadedScenario baseline = LoadedScenario.load(TestPaths.scenario("baseline.yaml"));
        return new Calibration(baseline, CalibrationParameter.defaults(), 1, 500, 7, 2).fit(12);
    }

    @Test
    void theSameSeedFindsTheSameFitAndTheFitIsNoWorseThanTheStart() {
        Calibration.Fit a = fit();
        Calibration.Fit b = fit();
        assertThat(a.values()).isEqualTo(b.values());
        assertThat(a.loss()).isEqualTo(b.loss()).isLessThanOrEqualTo(a.startLoss());
        assertThat(a.targets()).containsKeys("seized_t:ANTWERP", "seized_t:SPAIN", "interception_rate", "screened_share_europe");
        for (CalibrationParameter p : CalibrationParameter.defaults()) {
            assertThat(a.values().get(p.name())).as(p.name()).isBetween(p.lower(), p.upper());
        }
    }

    /** The loss of the given model figures against the 2023 targets, through the calibration's own functions. */
    private static double loss(Map<String, Double> seized, double interception, double screened) {
        return Calibration.loss(Calibration.against(TARGETS, seized, interception, screened));
    }

    private static double midInterception() {
        return (TARGETS.interceptionLow + TARGETS.interceptionHigh) / 2;
    }

    private static double midScreened() {
        return (TARGETS.screenedLow + TARGETS.screenedHigh) / 2;
    }

    @Test
    void aFitThatMeetsEveryTargetHasLossZero() {
        assertThat(loss(TARGETS.seizedTonnes, midInterception(), midScreened())).isZero();
        // the ends of a range are inside it
        assertThat(loss(TARGETS.seizedTonnes, TARGETS.interceptionLow, TARGETS.screenedHigh)).isZero();
        assertThat(loss(TARGETS.seizedTonnes, TARGETS.interceptionHigh, TARGETS.screenedLow)).isZero();
    }

    @Test
    void missingOneSeizureTargetByAFactorOfTwoCostsTheSquareOfLnTwo() {
        // docs/validation.md: the term is [ln((simulated + 1) / (reported + 1))]^2, so (simulated + 1) twice
        // (reported + 1), or half of it, costs (ln 2)^2
        Map<String, Double> seized = new LinkedHashMap<>(TARGETS.seizedTonnes);
        double antwerp = seized.get("ANTWERP");
        seized.put("ANTWERP", 2 * (antwerp + 1) - 1);
        assertThat(loss(seized, midInterception(), midScreened())).isCloseTo(Math.log(2) * Math.log(2), within(1e-12));
        seized.put("ANTWERP", (antwerp + 1) / 2 - 1);
        assertThat(loss(seized, midInterception(), midScreened())).isCloseTo(Math.log(2) * Math.log(2), within(1e-12));
    }

    @Test
    void aTargetPortWhereTheModelSeizesNothingCostsAFiniteTerm() {
        Map<String, Double> seized = new LinkedHashMap<>(TARGETS.seizedTonnes);
        double reported = seized.remove("BREMERHAVEN");
        double term = Math.log(1 / (reported + 1));
        assertThat(loss(seized, midInterception(), midScreened())).isCloseTo(term * term, within(1e-12)).isPositive();
    }

    @Test
    void aRateOutsideItsRangeAddsAThousandTimesTheSquaredDistanceInWidthsOfTheRange() {
        double width = TARGETS.interceptionHigh - TARGETS.interceptionLow;
        // the class comment of Calibration: a penalty of 1000 x the squared distance, in widths of the range
        assertThat(loss(TARGETS.seizedTonnes, TARGETS.interceptionHigh + width, midScreened())).isCloseTo(1000, within(1e-6));
        assertThat(loss(TARGETS.seizedTonnes, TARGETS.interceptionLow - width / 2, midScreened())).isCloseTo(250, within(1e-6));
        double screenedWidth = TARGETS.screenedHigh - TARGETS.screenedLow;
        assertThat(loss(TARGETS.seizedTonnes, midInterception(), TARGETS.screenedHigh + 2 * screenedWidth))
                .isCloseTo(4000, within(1e-6));
        // the terms add up
        Map<String, Double> seized = new LinkedHashMap<>(TARGETS.seizedTonnes);
        seized.put("ANTWERP", 2 * (seized.get("ANTWERP") + 1) - 1);
        assertThat(loss(seized, TARGETS.interceptionHigh + width, midScreened()))
                .isCloseTo(1000 + Math.log(2) * Math.log(2), within(1e-6));
    }
}
