package portshift.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;
import portshift.TestPaths;
import portshift.scenario.LoadedScenario;

/**
 * The three arms of the policy comparison: no-coordination.yaml holds the national measures; alliance.yaml and
 * same-money.yaml hold exactly the same national measures and add, on the same day, the same money for the same
 * number of scanners at the same ports, shared out by risk in the Alliance and by container throughput without
 * it. And harmonization, the pooling variant, moves the members' effort between ports without adding any.
 */
class ComparisonArmsTest {
    private static final List<String> ARMS = List.of("alliance.yaml", "same-money.yaml");

    private static ModelConfig config(String file) {
        return LoadedScenario.load(TestPaths.scenario(file)).config();
    }

    private static PortshiftModel onDay(ModelConfig config, String date) {
        return TinyWorld.runTo(config, 1, (int) config.dayOf(Intervention.at(date, "")) + 1);
    }

    private static int scanners(PortshiftModel model, String port) {
        return model.world().port(port).controls().scanners();
    }

    @Test
    void everyArmHoldsTheNationalMeasuresUnchanged() {
        List<Intervention> national = config("no-coordination.yaml").interventions();
        assertThat(national).isNotEmpty();
        for (String arm : ARMS) {
            assertThat(config(arm).interventions()).as(arm).containsAll(national);
        }
    }

    @Test
    void theNationalMeasuresAddWhatTheSourcesSayToTheBaseline() {
        // the scenario language has no relative change, so the files hold absolute counts: the baseline's plus these
        PortshiftModel before = TinyWorld.runTo(config("baseline.yaml"), 1, 0);
        PortshiftModel after = onDay(config("no-coordination.yaml"), "2024-12-31");
        assertThat(scanners(after, "ANTWERP")).as("one mobile scanner to six").isEqualTo(scanners(before, "ANTWERP") + 5);
        assertThat(after.world().port("ANTWERP").controls().officers()).as("about a hundred more officers")
                .isEqualTo(before.world().port("ANTWERP").controls().officers() + 100);
        for (String port : List.of("GUAYAQUIL", "PUERTO_BOLIVAR")) {
            assertThat(scanners(after, port)).as(port).isEqualTo(scanners(before, port) + 2);
        }
    }

    @Test
    void theAllianceAndTheSameMoneyBuyTheSameScannersSharedOutDifferently() {
        PortshiftModel alone = onDay(config("no-coordination.yaml"), "2025-01-01");
        PortshiftModel alliance = onDay(config("alliance.yaml"), "2025-01-01");
        PortshiftModel money = onDay(config("same-money.yaml"), "2025-01-01");
        int added = 0;
        int addedWithout = 0;
        int officers = 0;
        for (Port p : alone.importPorts()) {
            added += scanners(alliance, p.id()) - p.controls().scanners();
            addedWithout += scanners(money, p.id()) - p.controls().scanners();
            officers += money.world().port(p.id()).controls().officers() - p.controls().officers();
        }
        assertThat(added).as("EUR 100 million at EUR 4 million a scanner").isEqualTo(25).isEqualTo(addedWithout);
        assertThat(officers).isZero();
        // by risk, Antwerp's Latin American trade draws more of them; by throughput, Piraeus' containers do
        assertThat(scanners(alliance, "ANTWERP")).isGreaterThan(scanners(money, "ANTWERP"));
        assertThat(scanners(money, "PIRAEUS")).isGreaterThan(scanners(alliance, "PIRAEUS"));
    }

    @Test
    void harmonizationMovesTheMembersEffortWithoutAddingAny() {
        ModelConfig alliance = config("alliance.yaml");
        ModelConfig pooled = alliance.withInterventions("pooled", List.of(Intervention.at("2024-02-01", "pooling")
                .withAlliance(new Alliance(null, 1.0, null))));
        PortshiftModel own = onDay(alliance, "2024-02-01");
        PortshiftModel shared = onDay(pooled, "2024-02-01");
        double[] a = totals(own);
        double[] b = totals(shared);
        for (int k = 0; k < a.length; k++) {
            assertThat(b[k]).as("total %d", k).isCloseTo(a[k], within(1e-9 * a[k]));
        }
        Port piraeus = shared.world().port("PIRAEUS");
        assertThat(shared.controls().screeningCapacity(piraeus, shared.today()))
                .as("little Latin American trade, little of the pooled screening")
                .isLessThan(piraeus.controls().ownCapacityPerDay(piraeus.containersPerDay()));
    }

    /** Over the members: effective screening capacity, capacity x profiling skill, TEU x anti-corruption. */
    private static double[] totals(PortshiftModel model) {
        EffectiveControls c = model.controls();
        long today = model.today();
        double[] out = new double[3];
        for (Port p : model.importPorts()) {
            if (c.isMember(p)) {
                double capacity = c.screeningCapacity(p, today);
                out[0] += capacity;
                out[1] += capacity * c.profilingSkill(p, today);
                out[2] += p.teuMillionsPerYear() * c.antiCorruption(p, today);
            }
        }
        return out;
    }

    @Test
    void theAllianceIsLaunchedAsReported() {
        PortshiftModel launched = onDay(config("alliance.yaml"), "2024-01-24");
        assertThat(launched.alliance().members()).hasSize(16);
        assertThat(launched.alliance().sharedIntelligence()).isTrue();
        assertThat(launched.alliance().harmonization()).as("no pooling of capacity").isZero();
        PortshiftModel grown = onDay(config("alliance.yaml"), "2025-01-01");
        assertThat(grown.alliance().members()).hasSize(17).contains("GOTHENBURG").doesNotContain("FELIXSTOWE");
        assertThat(grown.alliance().commonRiskCriteria()).isTrue();
        assertThat(grown.alliance().intelligenceExchange()).contains("GUAYAQUIL", "BUENAVENTURA");
    }
}
