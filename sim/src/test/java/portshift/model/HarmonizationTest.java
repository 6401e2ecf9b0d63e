package portshift.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * Alliance harmonization on the tiny world, where the answer is known by hand. NORTH (1 million TEU,
 * 2,000 containers a day) has 10 scanners and 10 officers (1,010 screened a day), profiling skill 0.8
 * and anti-corruption 0.6; SOUTH (3 million TEU, 6,000 containers a day) has no scanner and 10
 * officers (10 a day), skill 0.2 and anti-corruption 0.3. Pooled over both: capacity 1,020 for 8,000
 * containers (rate 0.1275), skill-weighted capacity 1,010 x 0.8 + 10 x 0.2 = 810, and TEU-weighted
 * anti-corruption (1 x 0.6 + 3 x 0.3) / 4 = 0.375.
 */
class HarmonizationTest {
    private static final double EFFORT = 810;

    private static TinyWorld world() {
        return new TinyWorld().scanners("NORTH", 10)
                .set("world.ports.SOUTH.teu_millions", 3)
                .set("ports.NORTH.profiling_skill", 0.8).set("ports.SOUTH.profiling_skill", 0.2)
                .set("ports.NORTH.anti_corruption", 0.6);
    }

    private static PortshiftModel allied(List<String> members, double h) {
        TinyWorld world = world();
        world.interventions.add(Intervention.on(1, "alliance").withAlliance(new Alliance(members, h, false)));
        return TinyWorld.runTo(world.config(), 1, 2);
    }

    private static PortshiftModel harmonized(double h) {
        return allied(List.of("NORTH", "SOUTH"), h);
    }

    private static double capacity(PortshiftModel model, String port) {
        return model.controls().screeningCapacity(model.world().port(port), model.today());
    }

    private static double skill(PortshiftModel model, String port) {
        return model.controls().profilingSkill(model.world().port(port), model.today());
    }

    private static double antiCorruption(PortshiftModel model, String port) {
        return model.controls().antiCorruption(model.world().port(port), model.today());
    }

    private static double skillWeightedCapacity(PortshiftModel model) {
        return capacity(model, "NORTH") * skill(model, "NORTH") + capacity(model, "SOUTH") * skill(model, "SOUTH");
    }

    @Test
    void theWorldIsAsStated() {
        PortshiftModel model = harmonized(0);
        assertThat(model.world().port("SOUTH").containersPerDay()).isCloseTo(6000, within(1e-9));
        assertThat(capacity(model, "NORTH")).isEqualTo(1010);
        assertThat(capacity(model, "SOUTH")).isEqualTo(10);
        assertThat(skill(model, "NORTH")).as("h = 0 leaves a member its own skill").isEqualTo(0.8);
        assertThat(skill(model, "SOUTH")).isEqualTo(0.2);
        assertThat(antiCorruption(model, "SOUTH")).isEqualTo(0.3);
    }

    @Test
    void harmonizationPoolsScreeningCapacityBetweenMembersWithoutAddingAny() {
        PortshiftModel model = harmonized(0.5);
        assertThat(capacity(model, "NORTH")).isCloseTo(0.5 * 1010 + 0.5 * 0.1275 * 2000, within(1e-9));
        assertThat(capacity(model, "SOUTH")).isCloseTo(0.5 * 10 + 0.5 * 0.1275 * 6000, within(1e-9));
        assertThat(capacity(model, "NORTH") + capacity(model, "SOUTH"))
                .as("the members' total capacity is unchanged").isCloseTo(1020, within(1e-9));
    }

    @Test
    void harmonizationKeepsTheMembersSkillWeightedCapacity() {
        PortshiftModel half = harmonized(0.5);
        // [(1 - h) c s + h (810 / 8000) f] / capacity
        assertThat(skill(half, "NORTH")).isCloseTo((0.5 * 1010 * 0.8 + 0.5 * 810 / 8000 * 2000) / 632.5, within(1e-12));
        assertThat(skill(half, "SOUTH")).isCloseTo((0.5 * 10 * 0.2 + 0.5 * 810 / 8000 * 6000) / 387.5, within(1e-12));
        assertThat(skill(half, "SOUTH")).as("SOUTH's skill rises, paid for by NORTH's").isGreaterThan(0.7);
        assertThat(skill(half, "NORTH")).isLessThan(0.8);
        assertThat(skillWeightedCapacity(half)).isCloseTo(EFFORT, within(1e-9));
        assertThat(skillWeightedCapacity(harmonized(1.0))).isCloseTo(EFFORT, within(1e-9));
    }

    @Test
    void fullHarmonizationGivesEveryMemberTheCapacityWeightedMeanSkill() {
        PortshiftModel model = harmonized(1.0);
        assertThat(skill(model, "NORTH")).isCloseTo(EFFORT / 1020, within(1e-12));
        assertThat(skill(model, "SOUTH")).isCloseTo(EFFORT / 1020, within(1e-12));
        assertThat(capacity(model, "NORTH")).isCloseTo(0.1275 * 2000, within(1e-9));
        assertThat(antiCorruption(model, "NORTH")).isCloseTo(0.375, within(1e-12));
        assertThat(antiCorruption(model, "SOUTH")).isCloseTo(0.375, within(1e-12));
    }

    @Test
    void harmonizationKeepsTheMembersTeuWeightedAntiCorruption() {
        PortshiftModel model = harmonized(0.5);
        assertThat(antiCorruption(model, "NORTH")).isCloseTo(0.5 * 0.6 + 0.5 * 0.375, within(1e-12));
        assertThat(antiCorruption(model, "SOUTH")).isCloseTo(0.5 * 0.3 + 0.5 * 0.375, within(1e-12));
        assertThat(1 * antiCorruption(model, "NORTH") + 3 * antiCorruption(model, "SOUTH"))
                .as("TEU x intensity, summed over the members").isCloseTo(1 * 0.6 + 3 * 0.3, within(1e-12));
    }

    @Test
    void portsOutsideTheAllianceKeepTheirOwnControlsAndAnAllianceOfOneChangesNothing() {
        PortshiftModel model = allied(List.of("SOUTH"), 1.0);
        assertThat(capacity(model, "NORTH")).isEqualTo(1010);
        assertThat(skill(model, "NORTH")).isEqualTo(0.8);
        assertThat(antiCorruption(model, "NORTH")).isEqualTo(0.6);
        assertThat(capacity(model, "SOUTH")).isCloseTo(10, within(1e-9));
        assertThat(skill(model, "SOUTH")).isCloseTo(0.2, within(1e-12));
        assertThat(antiCorruption(model, "SOUTH")).isCloseTo(0.3, within(1e-12));
    }

    @Test
    void aLiveChangeOfAMembersControlsMovesThePooledFiguresAtOnce() {
        PortshiftModel model = harmonized(1.0);
        assertThat(capacity(model, "SOUTH")).isCloseTo(0.1275 * 6000, within(1e-9));
        assertThat(antiCorruption(model, "SOUTH")).isCloseTo(0.375, within(1e-12));
        model.apply(Intervention.on(model.today(), "SOUTH reinforces")
                .withPorts(Map.of("SOUTH", PortControls.NONE.withScanners(10).withAntiCorruption(0.7))));
        // capacity 1,010 at each; skill-weighted 1,010 x 0.8 + 1,010 x 0.2; TEU-weighted (0.6 + 3 x 0.7) / 4
        assertThat(capacity(model, "SOUTH")).isCloseTo(2020.0 * 6000 / 8000, within(1e-9));
        assertThat(skill(model, "SOUTH")).isCloseTo(0.5, within(1e-12));
        assertThat(antiCorruption(model, "SOUTH")).isCloseTo(0.675, within(1e-12));
    }
}
