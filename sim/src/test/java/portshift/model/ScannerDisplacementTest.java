package portshift.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** One organisation, two identical destinations: scanners added at one push its loads to the other. */
class ScannerDisplacementTest {

    @Test
    void addingScannersAtOneDestinationShiftsChoicesToTheOther() {
        double before = 0;
        double after = 0;
        for (long seed = 1; seed <= 3; seed++) {
            TinyWorld equal = new TinyWorld();
            before += TinyWorld.shareToNorth(equal.config(), seed, 365, 730);
            TinyWorld crackdown = new TinyWorld();
            crackdown.scanners("NORTH", 25);
            after += TinyWorld.shareToNorth(crackdown.config(), seed, 365, 730);
        }
        before /= 3;
        after /= 3;
        assertThat(before).as("identical ports share the flow").isBetween(0.35, 0.65);
        assertThat(after).as("share to the port with scanners").isLessThan(before - 0.2);
    }

    @Test
    void screeningEveryContainerSeizesAboutTheDetectionRate() {
        TinyWorld world = new TinyWorld();
        world.scanners("NORTH", 25);
        world.scanners("SOUTH", 25);
        PortshiftModel model = TinyWorld.runTo(world.config(), 5, 365);
        Port north = model.world().port("NORTH");
        Port south = model.world().port("SOUTH");
        double attempted = north.counters().get(PortMeasure.ATTEMPTED_KG) + south.counters().get(PortMeasure.ATTEMPTED_KG);
        double seized = north.counters().get(PortMeasure.SEIZED_KG) + south.counters().get(PortMeasure.SEIZED_KG);
        // every container is scanned; a scan finds a concealed load half the time
        assertThat(seized / attempted).isBetween(0.4, 0.6);
    }
}
