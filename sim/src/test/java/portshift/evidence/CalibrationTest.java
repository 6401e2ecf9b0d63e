package portshift.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import portshift.TestPaths;
import portshift.scenario.LoadedScenario;

/** A short calibration: reproducible with a fixed seed, never worse than where it started. */
class CalibrationTest {

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

    @Test
    void theLossIsZeroWhenEveryTargetIsMet() {
        // the loss of a perfect fit: log ratios of 0 and interception and screening inside their ranges
        double perfect = Math.pow(Math.log((116.0 + 1) / (116 + 1)), 2);
        assertThat(perfect).isZero();
        assertThat(Calibration.PENALTY).isPositive();
    }
}
