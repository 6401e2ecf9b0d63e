package portshift.optimize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import portshift.analysis.Outcome;

/** The rules of the search that need no run: lots, baselines' rounding, the objective's score and the front. */
class AllocationRulesTest {
    private static final List<String> PORTS = List.of("ANTWERP", "ROTTERDAM", "HAMBURG");

    @Test
    void effortIsGivenOutInEvenWholeLotsAlternatingScannersAndOfficers() {
        assertThat(GreedySearch.lots(9, 3)).containsExactly(3, 3, 3);
        assertThat(GreedySearch.lots(10, 3)).containsExactly(4, 3, 3);
        assertThat(GreedySearch.lots(2, 3)).containsExactly(1, 1);
        assertThat(GreedySearch.steps(2, 100, 2)).extracting(l -> l[0] + "/" + l[1])
                .containsExactly("1/0", "0/50", "1/0", "0/50");
    }

    @Test
    void aMoveShiftsOneLotFromAPortThatHasOneToAnyOther() {
        Allocation a = Allocation.none(PORTS).plus(0, 6, 50);
        List<Allocation> moves = GreedySearch.moves(a, 3, 50);
        // from ANTWERP to each of the two others, a lot of scanners or of officers
        assertThat(moves).hasSize(4);
        assertThat(moves).allMatch(m -> m.totalScanners() == 6 && m.totalOfficers() == 50);
        assertThat(moves.get(0).label()).isEqualTo("ANTWERP +3 scanners +50 officers; ROTTERDAM +3 scanners");
    }

    @Test
    void baselinesSpendTheWholeBudgetInProportionByLargestRemainders() {
        assertThat(Baselines.largestRemainders(9, new double[] {1, 2, 0})).containsExactly(3, 6, 0);
        assertThat(Baselines.largestRemainders(10, new double[] {1, 1, 1})).containsExactly(4, 3, 3);
        var all = Baselines.of(PORTS, 9, 100, new double[] {1, 2, 4}, new double[] {690, 266, 160},
                List.of("ANTWERP", "HAMBURG"));
        assertThat(all.get("all at Antwerp").scanners()).containsExactly(9, 0, 0);
        assertThat(all.get("Antwerp and Rotterdam by today's scanners").scanners()).containsExactly(3, 6, 0);
        assertThat(all.get("equal shares across alliance members").officers()).containsExactly(50, 0, 50);
        assertThat(all.get("by containers from Latin America").totalScanners()).isEqualTo(9);
        assertThat(all.get("by containers from Latin America").totalOfficers()).isEqualTo(100);
    }

    @Test
    void theScoreIsTheMeanOrABadSideQuantileInTheBetterDirection() {
        double[][] perPoint = {{10, 12}, {20, 22}, {30, 32}, {40, 42}};
        assertThat(new Objective(Outcome.DELIVERED_EUROPE, Double.NaN).score(perPoint)).isEqualTo(26);
        assertThat(new Objective(Outcome.DELIVERED_EUROPE, 0.75).score(perPoint)).isEqualTo(31);
        // seized is better higher: its score is its negative, and the bad side is the low end
        assertThat(new Objective(Outcome.SEIZED_EUROPE, 0.75).score(perPoint)).isEqualTo(-21);
    }

    @Test
    void theFrontKeepsOnlyAllocationsNoOtherBeatsOnBoth() {
        Objective o = new Objective(Outcome.DELIVERED_EUROPE, Double.NaN);
        Evaluation cheapPoor = eval(0, 100, 10);
        Evaluation dearGood = eval(1, 80, 30);
        Evaluation dominated = eval(2, 90, 40);
        assertThat(ParetoFront.of(List.of(cheapPoor, dearGood, dominated), o)).containsExactly(cheapPoor, dearGood);
    }

    private static Evaluation eval(int port, double outcome, double delay) {
        return new Evaluation(Allocation.none(PORTS).plus(port, 1, 0), new double[][] {{outcome}}, new double[][] {{delay}});
    }

    @Test
    void addedEffortStaysWhenALaterInterventionSetsThePortsControls() {
        portshift.model.ModelConfig alliance = portshift.scenario.LoadedScenario.load(
                portshift.TestPaths.scenario("alliance.yaml")).config();
        AllocationScenario scenario = new AllocationScenario(alliance, alliance.warmupDays(), PORTS);
        portshift.model.PortControls before = scenario.controlsOnTheDay("ANTWERP");
        Allocation a = Allocation.none(PORTS).plus(0, 2, 30);
        portshift.model.ModelConfig with = scenario.with(alliance, a);
        assertThat(with.interventions()).hasSize(alliance.interventions().size() + 1);
        var added = with.interventions().get(0);
        assertThat(with.dayOf(added)).isEqualTo(alliance.warmupDays());
        assertThat(added.ports().get("ANTWERP").scanners()).isEqualTo(before.scanners() + 2);
        assertThat(added.ports().get("ANTWERP").officers()).isEqualTo(before.officers() + 30);
        // the national measures set Antwerp to 3 then 6 scanners and 100 more officers: now 2 and 30 more again
        java.util.Map<String, portshift.model.PortControls> antwerp = new java.util.HashMap<>();
        with.interventions().stream().filter(i -> i.ports() != null && i.ports().containsKey("ANTWERP"))
                .forEach(i -> antwerp.put(i.name(), i.ports().get("ANTWERP")));
        assertThat(antwerp.get("Antwerp's first two new scanners").scanners()).isEqualTo(5);
        assertThat(antwerp.get("About a hundred more customs officers in Antwerp").officers())
                .isEqualTo(before.officers() + 100 + 30);
        assertThat(antwerp.get("Antwerp's last three new scanners").scanners()).isEqualTo(8);
        assertThat(with.interventions().stream().filter(i -> i.ports() != null && i.ports().containsKey("ROTTERDAM")))
                .as("Rotterdam's controls are set by no intervention").isEmpty();
    }

    @Test
    void anAllocationNamesWhatItAdds() {
        Allocation a = Allocation.none(PORTS).plus(0, 3, 40).plus(2, 1, 0);
        assertThat(a.label()).isEqualTo("ANTWERP +3 scanners +40 officers; HAMBURG +1 scanner");
        assertThat(a.key()).isEqualTo("s3.0.1-o40.0.0");
        assertThat(Allocation.none(PORTS).label()).isEqualTo("nothing added");
    }
}
