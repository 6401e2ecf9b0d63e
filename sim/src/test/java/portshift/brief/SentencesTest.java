package portshift.brief;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import portshift.analysis.Outcome;

/** The answer in words, from hand-built verdicts whose right sentence is known. */
class SentencesTest {
    private static Verdict delivered(double a, double b, double low, double high) {
        return new Verdict("delivered_europe_t_per_year", "delivered to Europe", "t/year", Outcome.Better.LOWER, a, b,
                low, high, false);
    }

    @Test
    void lessCocaineDeliveredWithAnIntervalBelowZeroIsBetter() {
        Verdict v = delivered(100, 98.7, -2.1, -0.5);
        assertThat(v.judgement()).isEqualTo(Verdict.Judgement.BETTER);
        assertThat(Sentences.of(v, "no coordination", "the alliance")).isEqualTo("Under the alliance, 1.3% less cocaine "
                + "reaches Europe than under no coordination (98.7 against 100 t/year; 95% CI 0.5% to 2.1% less): better.");
    }

    @Test
    void moreCocaineDeliveredIsWorseAndAnIntervalAcrossZeroIsNoClearDifference() {
        assertThat(Sentences.of(delivered(1000, 1013, 5, 21), "A", "B")).isEqualTo("Under B, 1.3% more cocaine reaches "
                + "Europe than under A (1,013 against 1,000 t/year; 95% CI 0.5% to 2.1% more): worse.");
        Verdict unclear = delivered(1000, 990, -20, 6);
        assertThat(unclear.judgement()).isEqualTo(Verdict.Judgement.UNCLEAR);
        assertThat(Sentences.of(unclear, "A", "B")).endsWith("(990 against 1,000 t/year; 95% CI from 2.0% less to 0.6% "
                + "more): no clear difference.");
    }

    @Test
    void aShareChangesByPercentagePointsAndMoreSeizedIsBetter() {
        Verdict v = new Verdict("interception_rate", "interception rate", "share", Outcome.Better.HIGHER, 0.147, 0.262,
                0.110, 0.119, false);
        assertThat(Sentences.of(v, "A", "B")).isEqualTo("Interception rate is 11.5 percentage points higher under B "
                + "than under A (14.7% to 26.2%; 95% CI 11.0 to 11.9 points more): better.");
    }

    @Test
    void aDifferenceTheSameInEveryRunIsSetNotJudged() {
        Verdict v = new Verdict("legit_delay_khours_per_year", "delay to legal trade", "k container-h/year",
                Outcome.Better.LOWER, 21382, 23702, 2320, 2320, true);
        assertThat(v.judgement()).isEqualTo(Verdict.Judgement.SET);
        assertThat(Sentences.of(v, "A", "B")).isEqualTo("Delay to legal trade is 10.9% higher under B than under A "
                + "(23,702 against 21,382 k container-h/year), in every run alike: set by the scenario, not estimated.");
    }

    @Test
    void anOutcomeWithNoBetterDirectionIsDescribedAndAQuotientChangesByItsOwnUnits() {
        Verdict mean = new Verdict("mean_load_kg", "mean load", "kg", Outcome.Better.NEITHER, 400, 380, -30, -10, false);
        assertThat(mean.judgement()).isEqualTo(Verdict.Judgement.DESCRIBES);
        assertThat(Sentences.of(mean, "A", "B")).isEqualTo("Mean load is 5.0% lower under B than under A (380 against "
                + "400 kg; 95% CI 2.5% to 7.5% less).");
        Verdict wdq = new Verdict("wdq_x", "displacement quotient of x", "quotient", Outcome.Better.HIGHER, -0.4, 0.5,
                -0.6, 2.1, false);
        assertThat(wdq.percent()).isNaN();
        assertThat(Sentences.of(wdq, "A", "B")).isEqualTo("Displacement quotient of x is 0.900 higher under B than "
                + "under A (0.500 against -0.400 quotient; 95% CI from 0.600 less to 2.10 more): no clear difference.");
    }
}
