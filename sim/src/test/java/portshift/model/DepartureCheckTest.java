package portshift.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * After a bag is loaded, customs may check the container again before it sails, with the port's
 * selection probability. A customs contact warns of the check: the load is pulled, waits a week in
 * the port for a later ship and faces the check again. Without a warning the check finds it as any
 * inspection does. Here every entry and every loading succeeds, and about half the export-bound
 * containers are screened (3 scanners).
 */
class DepartureCheckTest {
    private static final int MOVED_DAYS = 7;
    /** Days on the land link from the producer to ORIGIN. */
    private static final int LAND_DAYS = 2;

    /** The run, with the days each sailed load waited at ORIGIN by shipment id. */
    private record Year(PortshiftModel model, Map<Long, Long> waited) {
        Port origin() {
            return model.world().port("ORIGIN");
        }
    }

    private static Year yearWith(boolean customsContact) {
        TinyWorld world = new TinyWorld().contacts(1, 1).scanners("ORIGIN", 3);
        world.concealmentUsdPerKg = 20_000;
        world.antiCorruption = 0;
        world.loadSuccess = 1.0;
        world.set("uncertainties.insiders.export_warn_success", 1);
        world.set("uncertainties.insiders.moved_days", MOVED_DAYS);
        // loads of at most 200 kg: a year of the producer's 100 t makes enough loads to count
        world.set("uncertainties.traffickers.max_load_kg", 200);
        PortshiftModel model = TinyWorld.start(world.config(), 8);
        if (customsContact) {
            TinyWorld.contact(model, "ORIGIN", InsiderRole.CUSTOMS_OFFICER);
        }
        Map<Long, Long> waited = new HashMap<>();
        for (int day = 5; day <= 365; day += 5) {
            TinyWorld.stepTo(model, day);
            ConservationTest.assertBalanced(model);
            for (Shipment s : model.inTransit()) {
                if (s.stage() == Shipment.Stage.TO_DESTINATION) {
                    waited.put(s.id(), s.legStartDay() - s.plannedDay() - LAND_DAYS);
                }
            }
        }
        return new Year(model, waited);
    }

    @Test
    void aWarnedLoadIsNeverSeizedByTheCheckAndSailsWeeksLater() {
        Year year = yearWith(true);
        PortCounters c = year.origin().counters();
        double selected = year.model().customs(year.origin()).selectionProbability(Customs.RISK);
        assertThat(selected).as("share screened").isBetween(0.3, 0.7);
        assertThat(c.get(PortMeasure.SEIZURES)).as("seizures at the export port").isZero();
        assertThat(year.waited().size()).as("loads seen sailing").isGreaterThan(300);
        long delayed = 0;
        for (long days : year.waited().values()) {
            assertThat(days % MOVED_DAYS).as("waits are whole moves of %d days", MOVED_DAYS).isZero();
            if (days > 0) {
                delayed++;
            }
        }
        // a load sails at once unless the check is held: about the share screened are moved at least once
        double share = (double) delayed / year.waited().size();
        assertThat(share).isBetween(selected - 0.12, selected + 0.12);
        assertThat(c.get(PortMeasure.BRIBES_USD)).as("the contact is paid for warnings").isGreaterThan(10 * c.get(PortMeasure.ATTEMPTED_KG) + 20_000 * 100);
    }

    @Test
    void withoutAWarningTheCheckFindsLoadsAndNoneWaits() {
        Year year = yearWith(false);
        PortCounters c = year.origin().counters();
        double selected = year.model().customs(year.origin()).selectionProbability(Customs.RISK);
        assertThat(c.get(PortMeasure.SHIPMENTS)).isGreaterThan(300);
        // scans find a rip-on bag 85% of the time, a physical check 95%
        double rate = (double) c.get(PortMeasure.SEIZURES) / c.get(PortMeasure.SHIPMENTS);
        assertThat(rate).isBetween(0.85 * selected - 0.1, 0.95 * selected + 0.1);
        assertThat(year.waited().values()).as("no load waits for a later ship").containsOnly(0L);
    }
}
