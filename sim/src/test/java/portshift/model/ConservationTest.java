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
        assertThat(model.ledger().deliveredKg()).isGreaterThan(0);
        assertThat(model.ledger().seizedEuropeKg()).isGreaterThan(0);
        assertThat(model.ledger().seizedUpstreamKg()).isGreaterThan(0);
        assertThat(model.ledger().divertedKg()).as("some kg go to other markets").isGreaterThan(0);
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
        assertThat(l.inTransitKg()).isCloseTo(inTransit, within(1e-6 * Math.max(1, inTransit)));
        double accounted = l.deliveredKg() + l.seizedEuropeKg() + l.seizedUpstreamKg() + l.divertedKg() + model.heldKg()
                + inTransit;
        assertThat(accounted).as("day %d", model.today()).isCloseTo(l.suppliedKg(), within(1e-6 * l.suppliedKg()));
    }
}
