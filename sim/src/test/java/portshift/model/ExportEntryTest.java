package portshift.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * A rip-on team must get its bag into the export terminal: a security insider sells the entry for a
 * fee, and a team without one passes the gate less often. A bag found at the gate is seized there.
 * The export port screens nothing here (no scanners, no officers), so every seizure there is at the
 * gate and every bribe there is an entry fee or a loader's fee.
 */
class ExportEntryTest {
    private static final double ENTRY_SUCCESS = 0.95;
    private static final double UNAIDED_ENTRY_SUCCESS = 0.7;

    private static PortshiftModel yearWith(boolean security) {
        TinyWorld world = new TinyWorld().contacts(1, 1);
        world.concealmentUsdPerKg = 20_000;
        world.antiCorruption = 0;
        world.set("ports.ORIGIN.officers", 0);
        // loads of at most 200 kg: a year of the producer's 100 t makes enough loads to count
        world.set("uncertainties.traffickers.max_load_kg", 200);
        world.set("uncertainties.insiders.entry_success", ENTRY_SUCCESS);
        world.set("uncertainties.insiders.unaided_entry_success", UNAIDED_ENTRY_SUCCESS);
        PortshiftModel model = TinyWorld.start(world.config(), 5);
        if (security) {
            TinyWorld.contact(model, "ORIGIN", InsiderRole.SECURITY);
        }
        TinyWorld.stepTo(model, 365);
        for (Route r : model.world().routes()) {
            assertThat(r.launched(Method.CONCEALED_IN_CARGO)).as("every load is rip-on/rip-off").isZero();
        }
        return model;
    }

    @Test
    void withASecurityInsiderEveryLoadPaysTheEntryAndFewAreFoundAtTheGate() {
        PortCounters c = yearWith(true).world().port("ORIGIN").counters();
        assertThat(c.get(PortMeasure.SHIPMENTS)).as("loads at the export port").isGreaterThan(300);
        // entry fee for every load; the loader's 10 USD/kg for every load that got in
        double entered = c.get(PortMeasure.ATTEMPTED_KG) - c.get(PortMeasure.SEIZED_KG);
        assertThat(c.get(PortMeasure.BRIBES_USD)).isCloseTo(20_000.0 * c.get(PortMeasure.SHIPMENTS) + 10 * entered, within(1e-6 * c.get(PortMeasure.BRIBES_USD)));
        double gate = (double) c.get(PortMeasure.SEIZURES) / c.get(PortMeasure.SHIPMENTS);
        // 1 - 0.95 = 0.05; three standard errors at n > 300 are under 0.04
        assertThat(gate).isBetween(0.015, 0.09);
    }

    @Test
    void withoutASecurityInsiderTheTeamPassesTheGateLessOftenAndPaysNoEntry() {
        PortCounters c = yearWith(false).world().port("ORIGIN").counters();
        assertThat(c.get(PortMeasure.SHIPMENTS)).as("loads at the export port").isGreaterThan(300);
        assertThat(c.get(PortMeasure.BRIBES_USD)).as("only the loader is paid")
                .isCloseTo(10 * (c.get(PortMeasure.ATTEMPTED_KG) - c.get(PortMeasure.SEIZED_KG)), within(1e-6 * c.get(PortMeasure.BRIBES_USD)));
        double gate = (double) c.get(PortMeasure.SEIZURES) / c.get(PortMeasure.SHIPMENTS);
        // 1 - 0.7 = 0.3; three standard errors at n > 300 are under 0.08
        assertThat(gate).isBetween(0.22, 0.38);
    }
}
