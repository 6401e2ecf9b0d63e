package portshift.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * What the Alliance as launched does, on the tiny world where the answer is known by hand: harmonization shared
 * out by risk rather than by all containers, common risk criteria, money turned into scanners by a rule, vetting,
 * and the intelligence exchange with an export port.
 */
class AllianceActionsTest {
    private static final List<String> BOTH = List.of("NORTH", "SOUTH");

    /** NORTH: 2,000 containers a day, a third from Latin America; SOUTH: 6,000, a twentieth (300). */
    private static TinyWorld world() {
        return new TinyWorld().scanners("NORTH", 10).set("world.ports.SOUTH.teu_millions", 3)
                .set("world.ports.NORTH.latam_share", 1 / 3.0).set("world.ports.SOUTH.latam_share", 0.05)
                .set("ports.NORTH.profiling_skill", 0.9).set("ports.SOUTH.profiling_skill", 0.3);
    }

    private static PortshiftModel after(TinyWorld world, Intervention i, int day) {
        world.interventions.add(i);
        return TinyWorld.runTo(world.config(), 1, day + 1);
    }

    private static double capacity(PortshiftModel model, String port) {
        return model.controls().screeningCapacity(model.world().port(port), model.today());
    }

    @Test
    void harmonizationSharesThePooledScreeningOutByRiskOrByContainers() {
        // pooled: 1,010 + 10 = 1,020 screenings a day, for 667 + 300 Latin American containers or 8,000 in all
        Alliance pooled = new Alliance(BOTH, 1.0, false);
        PortshiftModel byRisk = after(world(), Intervention.on(1, "by risk").withAlliance(pooled), 1);
        assertThat(capacity(byRisk, "NORTH")).isCloseTo(1020 * (2000 / 3.0) / (2000 / 3.0 + 300), within(1e-6));
        Alliance byVolume = new Alliance(BOTH, 1.0, Alliance.Pooling.CONTAINERS, false, false, 365, List.of());
        PortshiftModel byContainers = after(world(), Intervention.on(1, "by containers").withAlliance(byVolume), 1);
        assertThat(capacity(byContainers, "NORTH")).isCloseTo(1020 * 2000 / 8000.0, within(1e-6));
    }

    @Test
    void commonRiskCriteriaMoveEachMembersProfilingToTheBestOverTheAdoptionPeriod() {
        Alliance criteria = new Alliance(BOTH, 0.0, null, false, true, 100, List.of());
        PortshiftModel model = after(world(), Intervention.on(10, "criteria").withAlliance(criteria), 59);
        Port south = model.world().port("SOUTH");
        // day 59 is the 50th day of 100: halfway from 0.3 to NORTH's 0.9
        assertThat(model.controls().profilingSkill(south, model.today())).isCloseTo(0.6, within(1e-12));
        TinyWorld.stepTo(model, 200);
        assertThat(model.controls().profilingSkill(south, model.today())).isCloseTo(0.9, within(1e-12));
        assertThat(model.controls().profilingSkill(model.world().port("NORTH"), model.today())).isEqualTo(0.9);
    }

    @Test
    void equipmentMoneyBuysWholeScannersSharedOutByTheDeclaredRule() {
        // EUR 50 million, 80% on scanners at EUR 5 million: 8 scanners
        for (Equipment.Allocation rule : Equipment.Allocation.values()) {
            Equipment money = new Equipment(BOTH, 50e6, 0.8, 5e6, rule);
            PortshiftModel model = after(world(), Intervention.on(5, "money").withEquipment(money), 5);
            int north = model.world().port("NORTH").controls().scanners() - 10;
            int south = model.world().port("SOUTH").controls().scanners();
            int[] expected = switch (rule) {
                case LATAM_CONTAINERS -> new int[] {6, 2};   // 667 : 300 -> 5.52 : 2.48
                case CONTAINERS -> new int[] {2, 6};         // 2,000 : 6,000
                case EQUAL -> new int[] {4, 4};
            };
            assertThat(new int[] {north, south}).as(rule.name()).containsExactly(expected);
        }
    }

    @Test
    void vettingRaisesAntiCorruptionAndExposesTheShareOfInsidersAtWork() {
        TinyWorld world = world().contacts(0, 3);
        world.organisations = 3;
        world.interventions.add(Intervention.on(2, "vetting").withVetting(new Vetting(List.of("NORTH"), 0.5, 1.0)));
        PortshiftModel model = TinyWorld.runTo(world.config(), 1, 1);
        assertThat(model.insiders(model.world().port("NORTH")).active()).as("insiders before").isNotEmpty();
        TinyWorld.stepTo(model, 3);
        Port north = model.world().port("NORTH");
        assertThat(north.controls().antiCorruption()).isCloseTo(0.8, within(1e-12));
        assertThat(model.insiders(north).active()).as("every insider at work exposed").isEmpty();
        assertThat(model.insiders(model.world().port("SOUTH")).active()).as("SOUTH is not vetted").isNotEmpty();
    }

    @Test
    void aMembersSeizureFlagsAtTheExportPortTheContainersBoundForTheMembers() {
        // NORTH screens every container and finds every load; the exchange reaches ORIGIN
        TinyWorld world = new TinyWorld().scanners("NORTH", 30).set("uncertainties.customs.scan_detection.CONCEALED_IN_CARGO", 1);
        world.interventions.add(Intervention.on(0, "alliance").withAlliance(
                new Alliance(BOTH, 0.0, null, true, false, 365, List.of("ORIGIN"))));
        PortshiftModel model = untilSeizedAtNorth(world);
        Port origin = model.world().port("ORIGIN");
        assertThat(model.intelligence().isFlagged(origin, model.world().port("NORTH"), model.today())).isTrue();
        assertThat(model.intelligence().isFlagged(origin, model.world().port("SOUTH"), model.today()))
                .as("shared among the members").isTrue();
        Customs customs = model.customs(origin);
        assertThat(customs.selectionProbability(Customs.RISK_INTEL)).isGreaterThan(customs.selectionProbability(Customs.RISK));
    }

    @Test
    void withoutTheExchangeTheExportPortFlagsNothing() {
        TinyWorld world = new TinyWorld().scanners("NORTH", 30).set("uncertainties.customs.scan_detection.CONCEALED_IN_CARGO", 1);
        world.interventions.add(Intervention.on(0, "alliance").withAlliance(new Alliance(BOTH, 0.0, true)));
        PortshiftModel model = untilSeizedAtNorth(world);
        Port origin = model.world().port("ORIGIN");
        assertThat(model.intelligence().isFlagged(origin, model.world().port("NORTH"), model.today())).isFalse();
        assertThat(model.intelligence().isFlagged(model.world().port("NORTH"), origin, model.today()))
                .as("the seizing port flags the origin as always").isTrue();
    }

    /** The model on the day after NORTH's first seizure (within a year). */
    private static PortshiftModel untilSeizedAtNorth(TinyWorld world) {
        PortshiftModel model = TinyWorld.runTo(world.config(), 1, 1);
        Port north = model.world().port("NORTH");
        while (north.counters().get(PortMeasure.SEIZURES) == 0 && model.today() < 365) {
            TinyWorld.stepTo(model, (int) model.schedule.getSteps() + 1);
        }
        assertThat(north.counters().get(PortMeasure.SEIZURES)).as("seized at NORTH").isPositive();
        TinyWorld.stepTo(model, (int) model.schedule.getSteps() + 1);
        return model;
    }
}
