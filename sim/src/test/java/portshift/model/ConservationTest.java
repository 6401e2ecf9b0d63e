package portshift.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import portshift.TestPaths;
import portshift.scenario.LoadedScenario;

/** Every kilogram supplied is delivered, seized, held in stock or in transit, on every day. */
class ConservationTest {

    @Test
    void kilogramsAreConservedThroughoutABaselineRun() {
        ModelConfig config = LoadedScenario.load(TestPaths.scenario("baseline.yaml")).config().withHorizon(730, 0);
        PortshiftModel model = new PortshiftModel(9, config);
        model.start();
        for (int day = 30; day <= 730; day += 50) {
            TinyWorld.stepTo(model, day);
            assertBalanced(model);
        }
        assertThat(model.ledger().get(RunAccount.DELIVERED_KG)).isGreaterThan(0);
        assertThat(model.ledger().get(RunAccount.SEIZED_EUROPE_KG)).isGreaterThan(0);
        assertThat(model.ledger().get(RunAccount.SEIZED_UPSTREAM_KG)).isGreaterThan(0);
        assertThat(model.ledger().get(RunAccount.DIVERTED_KG)).as("some kg go to other markets").isGreaterThan(0);
    }

    @Test
    void kilogramsAreConservedInATinyWorldWithInsiders() {
        TinyWorld world = new TinyWorld().contacts(1, 2);
        world.maxRecruitments = 2;
        world.exposurePerDay = 0.01;
        PortshiftModel model = new PortshiftModel(2, world.config());
        model.start();
        for (int day = 10; day <= 730; day += 60) {
            TinyWorld.stepTo(model, day);
            assertBalanced(model);
        }
    }

    static void assertBalanced(PortshiftModel model) {
        Ledger l = model.ledger();
        double inTransit = 0;
        for (Shipment s : model.inTransit()) {
            inTransit += s.kg();
        }
        assertThat(l.get(RunAccount.IN_TRANSIT_KG)).isCloseTo(inTransit, within(1e-6 * Math.max(1, inTransit)));
        double accounted = l.get(RunAccount.DELIVERED_KG) + l.get(RunAccount.SEIZED_EUROPE_KG) + l.get(RunAccount.SEIZED_UPSTREAM_KG) + l.get(RunAccount.DIVERTED_KG) + model.heldKg()
                + inTransit;
        assertThat(accounted).as("day %d", model.today()).isCloseTo(l.get(RunAccount.SUPPLIED_KG), within(1e-6 * l.get(RunAccount.SUPPLIED_KG)));
    }
}
