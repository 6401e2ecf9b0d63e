package portshift.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Insiders who load after the export inspection escape it; customs' check of loaded containers
 * before departure finds the bag unless a customs contact warns of it.
 */
class RipOnRipOffTest {

    /** Every container at the export port is scanned; concealment is too dear to use. */
    private static TinyWorld scannedOrigin() {
        TinyWorld world = new TinyWorld().contacts(1, 1).scanners("ORIGIN", 25);
        world.concealmentUsdPerKg = 20_000;
        return world;
    }

    /** The export port after a year in which insiders load with the given success. */
    private static Port originAfterAYear(TinyWorld world, double loadSuccess) {
        world.loadSuccess = loadSuccess;
        return TinyWorld.runTo(world.config(), 3, 365).world().port("ORIGIN");
    }

    private static double seizureRate(Port port) {
        return port.counters().get(PortMeasure.SEIZED_KG) / port.counters().get(PortMeasure.ATTEMPTED_KG);
    }

    @Test
    void loadingAfterInspectionWithAWarnedCheckDefeatsScanning() {
        // 3 scanners: about half the export-bound containers are screened, so a pulled load gets away
        // on a later ship; every warning succeeds
        TinyWorld world = scannedOrigin().scanners("ORIGIN", 3);
        world.loadSuccess = 1.0;
        world.set("uncertainties.insiders.export_warn_success", 1);
        PortshiftModel model = TinyWorld.start(world.config(), 3);
        TinyWorld.contact(model, "ORIGIN", InsiderRole.CUSTOMS_OFFICER);
        TinyWorld.stepTo(model, 365);
        Port origin = model.world().port("ORIGIN");
        assertThat(model.customs(origin).selectionProbability(Customs.RISK)).as("share screened").isBetween(0.3, 0.7);
        assertThat(origin.counters().get(PortMeasure.ATTEMPTED_KG)).as("loads went through the export port").isGreaterThan(20_000);
        assertThat(origin.counters().get(PortMeasure.SEIZED_KG)).as("seized at the export port").isZero();
        assertThat(origin.counters().get(PortMeasure.CONTAINERS_SCREENED)).as("the port still screens its legitimate flow").isGreaterThan(0);
    }

    @Test
    void whenTheInsiderFailsTheScannerFindsTheBag() {
        // a scan finds a rip-on bag 85% of the time
        assertThat(seizureRate(originAfterAYear(scannedOrigin(), 0.0))).isBetween(0.7, 0.95);
    }

    @Test
    void withoutAWarningTheCheckBeforeDepartureFindsTheLoadedBag() {
        // every loaded container is checked again before it sails, and nobody warns of it
        assertThat(seizureRate(originAfterAYear(scannedOrigin(), 1.0))).isBetween(0.7, 0.95);
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
