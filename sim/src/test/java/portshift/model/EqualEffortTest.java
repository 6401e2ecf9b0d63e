package portshift.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import portshift.TestPaths;
import portshift.scenario.LoadedScenario;

/**
 * The shipped comparison spends equal effort on both sides: on the day of their interventions,
 * summed over the European import ports, alliance.yaml and no-coordination.yaml have the same
 * scanners, officers, effective screening capacity, skill-weighted capacity (effective capacity x
 * effective profiling skill) and TEU-weighted anti-corruption; they differ only in coordination.
 */
class EqualEffortTest {
    private static final double RELATIVE = 1e-9;

    private static Effort alliance;
    private static Effort alone;
    private static Effort before;

    /** The effort over the European import ports, as the model applies it on a given day. */
    record Effort(double scanners, double officers, double capacity, double skillWeighted, double teuWeighted,
                  PortshiftModel model) {
        static Effort of(PortshiftModel model) {
            EffectiveControls c = model.controls();
            long today = model.today();
            double scanners = 0;
            double officers = 0;
            double capacity = 0;
            double skillWeighted = 0;
            double teuWeighted = 0;
            for (Port p : model.importPorts()) {
                double cap = c.screeningCapacity(p, today);
                scanners += p.controls().scanners();
                officers += p.controls().officers();
                capacity += cap;
                skillWeighted += cap * c.profilingSkill(p, today);
                teuWeighted += p.teuMillionsPerYear() * c.antiCorruption(p, today);
            }
            return new Effort(scanners, officers, capacity, skillWeighted, teuWeighted, model);
        }
    }

    /** Runs the scenario through the day of its first intervention (interventions apply first that day). */
    private static PortshiftModel onInterventionDay(String file) {
        ModelConfig config = LoadedScenario.load(TestPaths.scenario(file)).config();
        int day = (int) config.dayOf(config.interventions().get(0));
        return TinyWorld.runTo(config, 1, day + 1);
    }

    @BeforeAll
    static void run() {
        PortshiftModel withAlliance = onInterventionDay("alliance.yaml");
        alliance = Effort.of(withAlliance);
        alone = Effort.of(onInterventionDay("no-coordination.yaml"));
        // the baseline changes no control: its start is what both sides reinforce
        before = Effort.of(TinyWorld.runTo(LoadedScenario.load(TestPaths.scenario("baseline.yaml")).config(), 1, 0));
    }

    @Test
    void bothSidesAreOnTheDayTheirInterventionsApplied() {
        for (Effort e : new Effort[] {alliance, alone}) {
            assertThat(e.model().appliedInterventions()).singleElement()
                    .satisfies(a -> assertThat(a.day()).isEqualTo(e.model().today()));
            assertThat(e.model().calendar().date(e.model().today())).hasToString("2024-01-01");
        }
        assertThat(alliance.model().alliance().members()).hasSize(16);
        assertThat(alliance.model().alliance().harmonization()).isEqualTo(0.5);
        assertThat(alliance.model().alliance().sharedIntelligence()).isTrue();
        assertThat(alone.model().alliance().members()).isEmpty();
    }

    @Test
    void bothAddTheSameScannersAndOfficers() {
        assertThat(alliance.scanners()).isEqualTo(alone.scanners()).isEqualTo(before.scanners() + 8);
        assertThat(alliance.officers()).isEqualTo(alone.officers()).isEqualTo(before.officers() + 160);
    }

    @Test
    void bothHaveTheSameEffectiveScreeningCapacity() {
        assertThat(alliance.capacity()).isCloseTo(alone.capacity(), within(RELATIVE * alone.capacity()));
        assertThat(alone.capacity()).as("the added effort counts").isGreaterThan(before.capacity());
    }

    @Test
    void bothHaveTheSameSkillWeightedCapacity() {
        assertThat(alliance.skillWeighted()).isCloseTo(alone.skillWeighted(), within(RELATIVE * alone.skillWeighted()));
    }

    @Test
    void bothHaveTheSameTeuWeightedAntiCorruption() {
        assertThat(alliance.teuWeighted()).isCloseTo(alone.teuWeighted(), within(RELATIVE * alone.teuWeighted()));
    }

    @Test
    void theAllianceMovesEffortBetweenPortsWithoutAddingAny() {
        Port antwerp = alliance.model().world().port("ANTWERP");
        EffectiveControls c = alliance.model().controls();
        long today = alliance.model().today();
        assertThat(c.profilingSkill(antwerp, today)).as("Antwerp shares its skill out")
                .isLessThan(antwerp.controls().profilingSkill());
        Port sines = alliance.model().world().port("SINES");
        assertThat(c.profilingSkill(sines, today)).isGreaterThan(sines.controls().profilingSkill());
        assertThat(c.screeningCapacity(antwerp, today))
                .isNotCloseTo(antwerp.controls().ownCapacityPerDay(antwerp.containersPerDay()), within(1.0));
    }
}
