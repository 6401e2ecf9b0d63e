package portshift.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import org.junit.jupiter.api.Test;

/**
 * Customs select a front company's container more often than the legitimate containers of its risk
 * class: a concealed load is selected with min(1, p x (1 + skill x (max_front_company_lift - 1))), p
 * being the class's selection probability. A rip-on bag rides in a legitimate shipper's container
 * and is selected with p. In the tiny world both import ports profile with skill 0.5, have no scanner
 * (a physical check finds a concealed load with 0.7) and 60 officers: about 15% of the risk-profiled
 * containers are selected. Seizures flag no containers here (intelligence lift 1).
 */
class FrontCompanyTest {
    private static final double SKILL = 0.5;
    private static final double PHYSICAL_DETECTION = 0.7;

    private static PortshiftModel year(double maxLift, boolean ripOn) {
        TinyWorld world = new TinyWorld();
        world.days = 365;
        world.set("uncertainties.customs.max_front_company_lift", maxLift);
        world.set("uncertainties.traffickers.max_load_kg", 100);
        world.set("uncertainties.customs.intelligence_lift", 1);
        world.set("ports.NORTH.officers", 60);
        world.set("ports.SOUTH.officers", 60);
        if (ripOn) {
            world.contacts(1, 1);
            world.concealmentUsdPerKg = 20_000;
            world.loadSuccess = 1.0;
        }
        return TinyWorld.runTo(world.config(), 3, 365);
    }

    /** Seizures per load at both import ports. */
    private static double importSeizureRate(PortshiftModel model) {
        long seizures = 0;
        long shipments = 0;
        for (String id : new String[] {"NORTH", "SOUTH"}) {
            PortCounters c = model.world().port(id).counters();
            seizures += c.get(PortMeasure.SEIZURES);
            shipments += c.get(PortMeasure.SHIPMENTS);
        }
        assertThat(shipments).as("loads at the import ports").isGreaterThan(400);
        return (double) seizures / shipments;
    }

    private static double riskSelection(PortshiftModel model) {
        return model.customs(model.world().port("NORTH")).selectionProbability(Customs.RISK);
    }

    @Test
    void concealedLoadsAreSelectedAsTheirClassWithoutTheLift() {
        PortshiftModel model = year(1, false);
        double selected = riskSelection(model);
        assertThat(selected).as("risk class selection").isBetween(0.1, 0.2);
        assertThat(importSeizureRate(model)).isCloseTo(PHYSICAL_DETECTION * selected,
                offset(0.035));
    }

    @Test
    void aFrontCompanysContainerIsSelectedByTheLift() {
        PortshiftModel model = year(5, false);
        double selected = riskSelection(model);
        double lifted = Math.min(1, selected * (1 + SKILL * (5 - 1)));
        assertThat(lifted).as("three times the class's selection").isBetween(0.3, 0.6);
        assertThat(importSeizureRate(model)).isCloseTo(PHYSICAL_DETECTION * lifted,
                offset(0.05));
    }

    @Test
    void aRipOnBagInALegitimateContainerEscapesTheLift() {
        PortshiftModel without = year(1, true);
        PortshiftModel with = year(5, true);
        assertThat(without.world().port("ORIGIN").counters().get(PortMeasure.SHIPMENTS)).as("rip-on loads").isGreaterThan(400);
        assertThat(importSeizureRate(without)).as("some rip-on loads are seized at import").isGreaterThan(0);
        for (String id : new String[] {"ORIGIN", "NORTH", "SOUTH"}) {
            PortCounters a = without.world().port(id).counters();
            PortCounters b = with.world().port(id).counters();
            assertThat(b.get(PortMeasure.SHIPMENTS)).as(id).isEqualTo(a.get(PortMeasure.SHIPMENTS));
            assertThat(b.get(PortMeasure.SEIZURES)).as(id).isEqualTo(a.get(PortMeasure.SEIZURES));
        }
    }
}
