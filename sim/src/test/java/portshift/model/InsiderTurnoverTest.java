package portshift.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Arrests shrink the insider pools; recruitment refills them while rip-on/rip-off pays. */
class InsiderTurnoverTest {

    private static TinyWorld recruitingWorld() {
        TinyWorld world = new TinyWorld();
        world.concealmentUsdPerKg = 20_000;
        world.startCapitalUsd = 1e12;
        world.maxRecruitments = 2;
        world.switchMargin = 0;
        return world;
    }

    private static long counter(PortshiftModel model, boolean arrested) {
        long n = 0;
        for (Port p : model.world().ports()) {
            n += arrested ? p.counters().get(PortMeasure.INSIDERS_ARRESTED) : p.counters().get(PortMeasure.INSIDERS_RECRUITED);
        }
        return n;
    }

    @Test
    void anOrganisationWithoutContactsRecruitsACrew() {
        PortshiftModel model = TinyWorld.runTo(recruitingWorld().config(), 11, 120);
        assertThat(TinyWorld.activeInsiders(model)).isGreaterThanOrEqualTo(2);
        assertThat(counter(model, false)).isGreaterThanOrEqualTo(2);
    }

    @Test
    void anIntelligenceShockEmptiesThePoolsAndRecruitmentRefillsThem() {
        PortshiftModel model = TinyWorld.runTo(recruitingWorld().config(), 11, 120);
        int before = TinyWorld.activeInsiders(model);
        long recruitedBefore = counter(model, false);
        int arrested = 0;
        for (Port p : model.world().ports()) {
            arrested += model.insiders(p).exposeShare(1.0, model.random);
        }
        assertThat(arrested).isEqualTo(before);
        assertThat(TinyWorld.activeInsiders(model)).isZero();
        assertThat(counter(model, true)).isEqualTo(before);
        TinyWorld.stepTo(model, 300);
        assertThat(TinyWorld.activeInsiders(model)).as("pools refilled").isGreaterThanOrEqualTo(2);
        assertThat(counter(model, false)).isGreaterThan(recruitedBefore);
    }

    @Test
    void steadyAntiCorruptionWorkArrestsInsidersWhoAreReplaced() {
        TinyWorld world = recruitingWorld();
        world.antiCorruption = 1.0;
        world.exposurePerDay = 0.02;
        PortshiftModel model = TinyWorld.runTo(world.config(), 4, 730);
        long arrested = counter(model, true);
        long recruited = counter(model, false);
        assertThat(arrested).as("arrests over two years").isGreaterThan(5);
        assertThat(recruited).as("recruits replace them").isGreaterThanOrEqualTo(arrested);
    }
}
