package portshift.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Insiders who load after the export inspection make the export port's scanners useless. */
class RipOnRipOffTest {

    /** Every container at the export port is scanned; concealment is too dear to use. */
    private static TinyWorld scannedOrigin() {
        TinyWorld world = new TinyWorld().contacts(1, 1).scanners("ORIGIN", 25);
        world.concealmentUsdPerKg = 20_000;
        return world;
    }

    /** The export port after a year in which insiders load with the given success. */
    private static Port originAfterAYear(double loadSuccess) {
        TinyWorld world = scannedOrigin();
        world.loadSuccess = loadSuccess;
        return TinyWorld.runTo(world.config(), 3, 365).world().port("ORIGIN");
    }

    @Test
    void loadingAfterInspectionDefeatsScanning() {
        Port origin = originAfterAYear(1.0);
        assertThat(origin.counters().attemptedKg).as("loads went through the export port").isGreaterThan(20_000);
        assertThat(origin.counters().seizedKg).as("seized at the export port").isZero();
        assertThat(origin.counters().containersScreened).as("the port still screens its legitimate flow").isGreaterThan(0);
    }

    @Test
    void whenTheInsiderFailsTheScannerFindsTheBag() {
        Port origin = originAfterAYear(0.0);
        double rate = origin.counters().seizedKg / origin.counters().attemptedKg;
        // a scan finds a rip-on bag 85% of the time
        assertThat(rate).isBetween(0.7, 0.95);
    }

    @Test
    void withoutInsidersOnlyConcealmentIsPossible() {
        TinyWorld world = scannedOrigin().contacts(0, 0);
        PortshiftModel model = TinyWorld.runTo(world.config(), 3, 200);
        for (Route r : model.world().routes()) {
            assertThat(r.launched(Method.RIP_ON_RIP_OFF)).isZero();
        }
    }
}
