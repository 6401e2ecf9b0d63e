package portshift.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * Alliance harmonization on the tiny world, where the answer is known by hand: NORTH and SOUTH each
 * see 2,000 containers a day; NORTH has 10 scanners (1,000 scans a day) and SOUTH none, and each
 * has 10 officers (10 inspections a day).
 */
class HarmonizationTest {
    private static final double FLOW = 1.0e6 * 0.73 / 365;

    private static PortshiftModel harmonized(double h) {
        TinyWorld world = new TinyWorld().scanners("NORTH", 10);
        world.interventions.add(Intervention.on(1, "alliance").withAlliance(
                new Alliance(List.of("NORTH", "SOUTH"), h, false, new Alliance.Standard(0.9, 0.7))));
        return TinyWorld.runTo(world.config(), 1, 2);
    }

    @Test
    void harmonizationPoolsScreeningCapacityBetweenMembersWithoutAddingAny() {
        PortshiftModel model = harmonized(0.5);
        Port north = model.world().port("NORTH");
        Port south = model.world().port("SOUTH");
        EffectiveControls c = model.controls();
        double pooledRate = (1010 + 10) / (2 * FLOW);
        assertThat(c.screeningCapacity(north, model.today())).isCloseTo(0.5 * 1010 + 0.5 * pooledRate * FLOW, within(1e-9));
        assertThat(c.screeningCapacity(south, model.today())).isCloseTo(0.5 * 10 + 0.5 * pooledRate * FLOW, within(1e-9));
        assertThat(c.screeningCapacity(north, model.today()) + c.screeningCapacity(south, model.today()))
                .as("the members' total capacity is unchanged").isCloseTo(1020, within(1e-9));
    }

    @Test
    void fullHarmonizationGivesEveryMemberTheStandardSkillAndIntegrity() {
        PortshiftModel model = harmonized(1.0);
        Port north = model.world().port("NORTH");
        assertThat(model.controls().profilingSkill(north)).isEqualTo(0.9);
        assertThat(model.controls().antiCorruption(north)).isEqualTo(0.7);
        assertThat(model.controls().screeningCapacity(north, model.today())).isCloseTo(510, within(1e-9));
    }

    @Test
    void portsOutsideTheAllianceKeepTheirOwnControls() {
        TinyWorld world = new TinyWorld().scanners("NORTH", 10);
        world.interventions.add(Intervention.on(1, "alliance").withAlliance(
                new Alliance(List.of("SOUTH"), 1.0, false, new Alliance.Standard(0.9, 0.7))));
        PortshiftModel model = TinyWorld.runTo(world.config(), 1, 2);
        Port north = model.world().port("NORTH");
        assertThat(model.controls().screeningCapacity(north, model.today())).isEqualTo(1010);
        assertThat(model.controls().profilingSkill(north)).isEqualTo(0.5);
        assertThat(model.controls().antiCorruption(north)).isEqualTo(0.3);
    }

    @Test
    void aLiveChangeOfAMembersScannersMovesThePooledRateAtOnce() {
        PortshiftModel model = harmonized(1.0);
        Port south = model.world().port("SOUTH");
        assertThat(model.controls().screeningCapacity(south, model.today())).isCloseTo(510, within(1e-9));
        model.apply(Intervention.on(model.today(), "scanners at SOUTH")
                .withPorts(Map.of("SOUTH", PortControls.NONE.withScanners(10))));
        assertThat(model.controls().screeningCapacity(south, model.today())).isCloseTo(1010, within(1e-9));
    }
}
