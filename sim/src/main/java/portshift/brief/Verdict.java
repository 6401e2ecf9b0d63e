package portshift.brief;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;

import portshift.analysis.Outcome;

/**
 * One outcome of a comparison, as a meeting reads it: both arms' means, the difference with its 95% interval, and
 * whether the second arm does better, worse or not clearly differently, by the outcome's declared better direction.
 *
 * @param column the outcome's column in comparison.csv
 * @param label  its readable name
 * @param unit   its unit ("share" for a share of the flow)
 * @param better which way is better, if either
 * @param meanA  the first arm's mean
 * @param meanB  the second arm's mean
 * @param low    the 95% interval of B - A, low end
 * @param high   high end
 * @param fixed  whether B - A is the same in every pair: set by the scenario, not estimated
 * @param significant whether the test the comparison read (paired t, or signed-rank where the differences are
 *                    skewed) finds B - A at the 5% level: a difference is told apart from none only then
 */
public record Verdict(String column, String label, String unit, Outcome.Better better, double meanA, double meanB,
                      double low, double high, boolean fixed, boolean significant) {

    /** A verdict whose significance is its interval's: the interval holds no zero. */
    public Verdict(String column, String label, String unit, Outcome.Better better, double meanA, double meanB,
                   double low, double high, boolean fixed) {
        this(column, label, unit, better, meanA, meanB, low, high, fixed, low > 0 || high < 0);
    }

    /** What the difference says. */
    public enum Judgement {
        BETTER("better"), WORSE("worse"), UNCLEAR("no clear difference"), SET("set by the scenario"),
        DESCRIBES("describes the traffic");

        private final String words;

        Judgement(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
    }

    public double difference() {
        return meanB - meanA;
    }

    public boolean share() {
        return unit.equals("share");
    }

    /** Whether a change reads as a percentage of A: not for a share, an index or a quotient, which may be near 0. */
    public boolean relative() {
        return !share() && !unit.equals("index") && !unit.equals("quotient");
    }

    /** The difference is told apart from none: by its test, or, fixed, by not being zero. */
    public boolean clear() {
        return fixed ? difference() != 0 : significant;
    }

    public Judgement judgement() {
        if (better == Outcome.Better.NEITHER) {
            return Judgement.DESCRIBES;
        }
        if (fixed) {
            return Judgement.SET;
        }
        if (!clear()) {
            return Judgement.UNCLEAR;
        }
        boolean higher = difference() > 0;
        return higher == (better == Outcome.Better.HIGHER) ? Judgement.BETTER : Judgement.WORSE;
    }

    /** B - A as a percentage of A (NaN where A is 0). */
    public double percent() {
        return meanA == 0 || !relative() ? Double.NaN : 100 * difference() / Math.abs(meanA);
    }

    public double percentLow() {
        return meanA == 0 || !relative() ? Double.NaN : 100 * low / Math.abs(meanA);
    }

    public double percentHigh() {
        return meanA == 0 || !relative() ? Double.NaN : 100 * high / Math.abs(meanA);
    }

    /** A row of a comparison as computed, labelled as the printed table labels it. */
    public static Verdict of(portshift.analysis.MetricComparison m) {
        Outcome o = m.metric().outcome();
        return new Verdict(m.metric().name(), m.metric().label(), m.metric().unit(), o.better(), m.meanA(), m.meanB(),
                m.fixed() ? m.meanB() - m.meanA() : m.ciLow(), m.fixed() ? m.meanB() - m.meanA() : m.ciHigh(),
                m.fixed(), m.significant());
    }

    /** A row of comparison.csv (or status_quo.csv); {@code labels} names the outcomes per intervention. */
    static Verdict of(Map<String, String> row, Map<String, String> labels) {
        String column = row.get("metric");
        Optional<Outcome> outcome = Arrays.stream(Outcome.values()).filter(o -> o.column().equals(column)).findFirst();
        Outcome o = outcome.orElse(column.startsWith(Outcome.WDQ.column() + "_") ? Outcome.WDQ : null);
        String label = outcome.map(Outcome::label).orElse(labels.getOrDefault(column, column.replace('_', ' ')));
        Outcome.Better better = o == null ? Outcome.Better.NEITHER : o.better();
        double a = CsvTable.number(row, "mean_a");
        double b = CsvTable.number(row, "mean_b");
        double low = CsvTable.number(row, "ci95_low");
        double high = CsvTable.number(row, "ci95_high");
        boolean fixed = "fixed".equals(row.get("test"));
        String significant = row.get("significant");
        return new Verdict(column, label, row.getOrDefault("unit", ""), better, a, b, fixed ? b - a : low,
                fixed ? b - a : high, fixed, significant == null ? low > 0 || high < 0 : significant.equals("true"));
    }
}
