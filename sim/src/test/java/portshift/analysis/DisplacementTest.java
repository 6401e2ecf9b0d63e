package portshift.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The WDQ on toy series with known answers. */
class DisplacementTest {

    @Test
    void halfOfTheTargetsFallReappearsInTheBuffer() {
        // control steady at 100; A falls from 50 to 30 (-20), B rises from 40 to 50 (+10)
        Displacement d = new Displacement(50, 30, 40, 50, 100, 100);
        assertThat(d.wdq()).isCloseTo(-0.5, within(1e-12));
        assertThat(d.displacedShare()).isCloseTo(0.5, within(1e-12));
    }

    @Test
    void bothFallingIsADiffusionOfBenefits() {
        Displacement d = new Displacement(50, 30, 40, 30, 100, 100);
        assertThat(d.wdq()).isCloseTo(0.5, within(1e-12));
        assertThat(d.displacedShare()).isCloseTo(-0.5, within(1e-12));
    }

    @Test
    void theControlRemovesTheCommonTrend() {
        // everything doubles: no displacement, no effect
        Displacement d = new Displacement(50, 100, 40, 80, 100, 200);
        assertThat(d.wdq()).isNaN();
        assertThat(d.displacedShare()).isNaN();
        // the control doubles, A stays, B triples: relative to the trend A fell by 0.25 and B rose by 0.2
        Displacement e = new Displacement(50, 100 - 50, 40, 120, 100, 200);
        assertThat(e.wdq()).isCloseTo((120 / 200.0 - 0.4) / (50 / 200.0 - 0.5), within(1e-12));
        assertThat(e.displacedShare()).isCloseTo(0.8, within(1e-12));
    }
}
