package portshift.experiment;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.YearMonth;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import portshift.analysis.Comparison;
import portshift.analysis.InterventionWindow;
import portshift.analysis.Metric;
import portshift.analysis.Outcome;
import portshift.analysis.RecordedRun;
import portshift.analysis.Reference;
import portshift.analysis.RunMetrics;
import portshift.analysis.RunOutcomes;
import portshift.analysis.RunSummary;
import portshift.model.PortMeasure;
import portshift.model.RunAccount;
import portshift.observe.PortMonth;

/** Each declared outcome is one column of runs.csv and one row of comparison.csv, with the value of a hand-made run. */
class OutcomeColumnsTest {
    /** The values of the hand-made run's outcomes, field by field. */
    private static final Map<Outcome, Double> EXPECTED = Map.ofEntries(entry(Outcome.DELIVERED_EUROPE, 0.6),
            entry(Outcome.SEIZED_EUROPE, 0.2), entry(Outcome.SEIZED_UPSTREAM, 0.1), entry(Outcome.DIVERTED, 0.02),
            entry(Outcome.INTERCEPTION_RATE, 0.25),
            entry(Outcome.SCREENED_SHARE, 0.031), entry(Outcome.HHI_DESTINATIONS, 0.4), entry(Outcome.ROUTE_FOOTPRINT, 12.5),
            entry(Outcome.MEAN_LOAD, 15.0), entry(Outcome.SHIPMENTS, 40.0), entry(Outcome.INSIDERS_ARRESTED, 3.0),
            entry(Outcome.INSIDERS_RECRUITED, 5.0), entry(Outcome.BRIBES, 1.5), entry(Outcome.LEGIT_DELAY, 7.25));

    /** A hand-made run: its accounts, and its outcomes as {@link #EXPECTED}. */
    private static final RunSummary RUN = new RunSummary("hand", 0, 7, 730, 365, 1, Map.of(RunAccount.SUPPLIED_KG, 1000.0,
            RunAccount.DELIVERED_KG, 600.0, RunAccount.SEIZED_EUROPE_KG, 200.0, RunAccount.SEIZED_UPSTREAM_KG, 100.0,
            RunAccount.HELD_KG, 50.0, RunAccount.IN_TRANSIT_KG, 30.0, RunAccount.DIVERTED_KG, 20.0,
            RunAccount.SHIPMENTS, 40.0), EXPECTED);

    /** Antwerp (in the alliance, the intervention's target) and Vigo (outside), a year before and a year after. */
    private static final List<PortMonth> PORTS = List.of(port("ANTWERP", "2022-06", 30), port("VIGO", "2022-06", 10),
            port("ANTWERP", "2023-06", 20), port("VIGO", "2023-06", 15));
    private static final Reference ALLIANCE = new Reference(Set.of("ANTWERP"), Map.of("ANTWERP", "BE", "VIGO", "ES"));
    private static final List<InterventionWindow> CRACKDOWN = List.of(
            new InterventionWindow("crackdown", YearMonth.of(2023, 1), Set.of("ANTWERP")));

    private static PortMonth port(String id, String month, double attemptedKg) {
        return new PortMonth(id, "EUROPE", "IMPORT", month, true, Map.of(PortMeasure.ATTEMPTED_KG, attemptedKg,
                PortMeasure.DELIVERED_KG, attemptedKg, PortMeasure.SHIPMENTS, 1.0));
    }

    private static List<String> cells(String line) {
        return Arrays.asList(line.strip().split(",", -1));
    }

    @Test
    void eachRecordedOutcomeIsOneColumnOfRunsCsvWithTheRunsValue() {
        List<String> header = cells(ResultTables.header(ResultTables.RUN_COLUMNS));
        List<String> row = cells(ResultTables.runRow(RUN));
        for (Outcome o : Outcome.values()) {
            assertThat(Collections.frequency(header, o.column())).as(o.column()).isEqualTo(o.recorded() ? 1 : 0);
            if (o.recorded()) {
                assertThat(o.of(RUN)).as(o.column()).isEqualTo(EXPECTED.get(o));
                assertThat(row.get(header.indexOf(o.column()))).as(o.column()).isEqualTo(Csv.number(EXPECTED.get(o)));
            }
        }
        assertThat(EXPECTED.keySet()).containsExactlyInAnyOrderElementsOf(Outcome.recordedInRuns());
    }

    @Test
    void runsCsvIsReadBackThroughTheDeclaredColumns() {
        ResultReader.RunRow read = ResultReader.runRows(ResultTables.runRow(RUN)).get(0);
        assertThat(read.scenario()).isEqualTo("hand");
        assertThat(read.outcomes()).containsExactlyInAnyOrderEntriesOf(EXPECTED);
    }

    @Test
    void flowSharesAndDisplacementAreComputedFromThePortRows() {
        // a third of the kg went to Vigo, in Spain and outside the alliance; no port screened anything;
        // Antwerp lost 10 kg, Vigo gained 5: WDQ -0.5
        assertThat(Outcome.NON_MEMBER_SHARE.of(PORTS, ALLIANCE, null)).isCloseTo(1 / 3.0, within(1e-12));
        Map<Metric, Double> metrics = RunMetrics.of(RecordedRun.of(RUN, PORTS), ALLIANCE, CRACKDOWN);
        assertThat(metrics.get(Metric.of(Outcome.NON_MEMBER_SHARE))).isCloseTo(1 / 3.0, within(1e-12));
        assertThat(metrics.get(Metric.of(Outcome.FRANCE_SPAIN_SHARE))).isCloseTo(1 / 3.0, within(1e-12));
        assertThat(metrics.get(Metric.of(Outcome.SPAIN_SHARE))).isCloseTo(1 / 3.0, within(1e-12));
        assertThat(metrics.get(Metric.of(Outcome.FRANCE_SHARE))).isZero();
        assertThat(metrics.get(Metric.of(Outcome.LOW_SCREENING_SHARE))).isEqualTo(1.0);
        assertThat(metrics.get(new Metric(Outcome.WDQ, "crackdown"))).isCloseTo(-0.5, within(1e-12));
        assertThat(metrics.get(Metric.of(Outcome.DELIVERED_EUROPE))).isEqualTo(0.6);
    }

    @Test
    void eachComparedOutcomeIsOneRowOfComparisonCsvInTheOrderDeclared() {
        Map<Metric, Double> run = RunMetrics.of(RecordedRun.of(RUN, PORTS), ALLIANCE, CRACKDOWN);
        List<RunOutcomes> runs = List.of(new RunOutcomes(0, 1, run), new RunOutcomes(1, 2, run));
        String csv = ComparisonFile.render("A", "B", Comparison.of(runs, runs));
        List<String> metrics = csv.lines().skip(1).map(line -> cells(line).get(0)).toList();
        List<String> expected = Arrays.stream(Outcome.values()).filter(Outcome::compared)
                .map(o -> o.perIntervention() ? o.column() + "_crackdown" : o.column()).toList();
        assertThat(metrics).containsExactlyElementsOf(expected);
        // the same run on both sides: B - A is 0 in every pair, fixed, with no p-value and no mark
        assertThat(csv).contains("delivered_europe_t_per_year,t/year,A,B,2,0.6,0.6,0,0,0,,,,fixed,,false,,");
        assertThat(SummaryFile.render(Map.of("A", List.of(run, run))).lines().skip(1)
                .map(line -> cells(line).get(1)).toList()).containsExactlyElementsOf(expected);
    }
}
