package portshift.brief;

import java.util.Locale;
import java.util.Map;

/**
 * The answer in words, generated from the numbers and each outcome's declared better direction: never written by
 * hand. A tonnage of cocaine reads as what happens to the cocaine ("less cocaine reaches Europe"); a share of the flow
 * changes by percentage points; any other outcome by a percentage of its value in the first arm.
 */
public final class Sentences {
    /** What the cocaine of an outcome in tonnes does, as a verb phrase. */
    private static final Map<String, String> COCAINE = Map.of(
            "delivered_europe_t_per_year", "cocaine reaches Europe",
            "seized_europe_t_per_year", "cocaine is seized in European ports",
            "seized_upstream_t_per_year", "cocaine is seized before Europe",
            "diverted_t_per_year", "cocaine is sold on other markets");

    private Sentences() {
    }

    /** One sentence: "Under B, 14.0% less cocaine reaches Europe than under A (95% CI 13.4% to 14.5% less): better." */
    public static String of(Verdict v, String a, String b) {
        String phrase = COCAINE.get(v.column());
        String judged = switch (v.judgement()) {
            case BETTER -> ": better.";
            case WORSE -> ": worse.";
            case UNCLEAR -> ": no clear difference.";
            case SET -> ", in every run alike: set by the scenario, not estimated.";
            case DESCRIBES -> ".";
        };
        if (v.share()) {
            double points = 100 * v.difference();
            return capital(v.label()) + " is " + points(points) + " under " + b + " than under " + a + " ("
                    + percent(100 * v.meanA()) + " to " + percent(100 * v.meanB()) + interval(100 * v.low(),
                    100 * v.high(), " points", v.fixed()) + ")" + judged;
        }
        double p = v.percent();
        if (!Double.isFinite(p)) {
            double d = v.difference();
            return capital(v.label()) + " is " + (d == 0 ? "the same" : number(Math.abs(d)) + (d > 0 ? " higher"
                    : " lower")) + " under " + b + " than under " + a + " (" + number(v.meanB()) + " against "
                    + number(v.meanA()) + " " + v.unit() + interval(v.low(), v.high(), "", v.fixed()) + ")" + judged;
        }
        String size = percent(Math.abs(p));
        if (phrase != null) {
            String more = p > 0 ? "more" : "less";
            return "Under " + b + ", " + (p == 0 ? "as much" : size + " " + more) + " " + phrase + " than under " + a
                    + " (" + number(v.meanB()) + " against " + number(v.meanA()) + " " + v.unit()
                    + interval(v.percentLow(), v.percentHigh(), "%", v.fixed()) + ")" + judged;
        }
        String higher = p > 0 ? "higher" : "lower";
        return capital(v.label()) + " is " + (p == 0 ? "the same" : size + " " + higher) + " under " + b + " than under "
                + a + " (" + number(v.meanB()) + " against " + number(v.meanA()) + " " + v.unit()
                + interval(v.percentLow(), v.percentHigh(), "%", v.fixed()) + ")" + judged;
    }

    /**
     * "; 95% CI 13.4% to 14.5% less" where the interval lies on one side of zero, "; 95% CI from 2.1% less to 0.5%
     * more" where it holds zero; nothing for a fixed difference.
     */
    private static String interval(double low, double high, String unit, boolean fixed) {
        if (fixed || !Double.isFinite(low) || !Double.isFinite(high)) {
            return "";
        }
        if (low < 0 && high > 0) {
            return "; 95% CI from " + one(-low, unit) + unit + " less to " + one(high, unit) + unit + " more";
        }
        boolean more = low >= 0;
        double near = more ? low : -high;
        double far = more ? high : -low;
        return "; 95% CI " + one(near, unit) + (unit.equals("%") ? "%" : "") + " to " + one(far, unit) + unit
                + (more ? " more" : " less");
    }

    /** One decimal for a percentage or percentage points; an outcome's own units as {@link #number}. */
    private static String one(double x, String unit) {
        return unit.isEmpty() ? number(x) : String.format(Locale.ROOT, "%.1f", x);
    }

    private static String points(double points) {
        String n = String.format(Locale.ROOT, "%.1f", Math.abs(points));
        if (n.equals("0.0")) {
            return "unchanged";
        }
        return n + (n.equals("1.0") ? " percentage point " : " percentage points ") + (points > 0 ? "higher" : "lower");
    }

    /** A percentage with one decimal, or two below 1. */
    static String percent(double x) {
        return String.format(Locale.ROOT, Math.abs(x) < 1 && x != 0 ? "%.2f%%" : "%.1f%%", x);
    }

    /** Three significant figures, thousands separated. */
    static String number(double x) {
        if (!Double.isFinite(x)) {
            return "n/a";
        }
        double a = Math.abs(x);
        if (a >= 100) {
            return String.format(Locale.ROOT, "%,.0f", x);
        }
        return String.format(Locale.ROOT, a >= 10 ? "%.1f" : a >= 1 ? "%.2f" : "%.3g", x);
    }

    static String capital(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
