package portshift.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Dated interventions change levers from their day on. */
class InterventionTest {

    @Test
    void scannersAddedMidRunApplyFromTheirDayAndShiftTheFlow() {
        TinyWorld world = new TinyWorld();
        world.days = 1095;
        world.interventions.add(Intervention.on(365, "scanners at NORTH")
                .withPorts(Map.of("NORTH", PortControls.NONE.withScanners(25))));
        PortshiftModel model = TinyWorld.runTo(world.config(), 6, 365);
        Port north = model.world().port("NORTH");
        assertThat(north.controls().scanners()).isZero();
        TinyWorld.stepTo(model, 366);
        assertThat(north.controls().scanners()).isEqualTo(25);
        assertThat(north.controls().officers()).as("unchanged").isEqualTo(10);
        assertThat(model.appliedInterventions()).singleElement().satisfies(a -> assertThat(a.day()).isEqualTo(365));

        double with = 0;
        double without = 0;
        for (long seed = 1; seed <= 3; seed++) {
            with += TinyWorld.shareToNorth(world.config(), seed, 365, world.days);
            TinyWorld none = new TinyWorld();
            none.days = 1095;
            without += TinyWorld.shareToNorth(none.config(), seed, 365, none.days);
        }
        assertThat(with / 3).isLessThan(without / 3 - 0.2);
    }

    @Test
    void anIntelligenceShockArrestsTheGivenShareOfInsiders() {
        TinyWorld world = new TinyWorld().contacts(1, 2);
        world.organisations = 1;
        world.interventions.add(Intervention.on(10, "decrypted phones").withExposure(List.of("ORIGIN", "NORTH", "SOUTH"), 1.0));
        PortshiftModel model = TinyWorld.runTo(world.config(), 2, 9);
        assertThat(TinyWorld.activeInsiders(model)).isEqualTo(3);
        TinyWorld.stepTo(model, 11);
        assertThat(model.appliedInterventions().get(0).insidersArrested()).isEqualTo(3);
    }

    @Test
    void allianceAndScreeningChangesApply() {
        TinyWorld world = new TinyWorld().scanners("NORTH", 10);
        world.interventions.add(Intervention.on(5, "alliance").withScreening(new ScreeningRules(List.of("EC", "CO"), true))
                .withAlliance(new Alliance(List.of("NORTH", "SOUTH"), 0.5, true)));
        PortshiftModel model = TinyWorld.runTo(world.config(), 1, 6);
        assertThat(model.screening().riskCountries()).containsExactlyInAnyOrder("EC", "CO");
        assertThat(model.screening().riskCountryFirst()).isTrue();
        assertThat(model.alliance().members()).containsExactlyInAnyOrder("NORTH", "SOUTH");
        assertThat(model.alliance().harmonization()).isEqualTo(0.5);
        assertThat(model.alliance().sharedIntelligence()).isTrue();
        Port north = model.world().port("NORTH");
        // (1 - 0.5) * own 1,010 + 0.5 * the pooled (1,010 + 10) / 2
        assertThat(model.controls().screeningCapacity(north, model.today())).isCloseTo(760, within(1e-9));
    }
}
