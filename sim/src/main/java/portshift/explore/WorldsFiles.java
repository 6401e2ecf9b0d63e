package portshift.explore;

import java.util.List;
import java.util.Locale;

import portshift.experiment.Csv;

/**
 * The tables of an answer over worlds (docs/outputs.md, "Answers over worlds"): each policy against the first over
 * the worlds, and the forecast per port and year with its change from one year to the next.
 */
public final class WorldsFiles {
    private WorldsFiles() {
    }

    /**
     * across_worlds.csv: per judged outcome and policy after the first, both means over the worlds, the mean difference
     * with its 95% t interval and tests (the worlds paired), and the share of worlds where the policy does better.
     */
    public static String across(List<AcrossWorlds> rows) {
        Csv csv = new Csv().header(List.of("outcome", "unit", "better", "policy", "versus", "worlds", "versus_mean",
                "policy_mean", "difference", "difference_low", "difference_high", "clears_zero", "p_paired_t",
                "p_signed_rank", "better_share", "better_low", "better_high"));
        for (AcrossWorlds r : rows) {
            csv.row(r.outcome().column(), r.outcome().unit(), r.outcome().better().name().toLowerCase(Locale.ROOT),
                    r.policy(), r.versus(), r.worlds(), r.versusMean(), r.policyMean(), r.difference().mean(),
                    r.difference().ciLow(), r.difference().ciHigh(), r.clearsZero(), r.difference().pPairedT(),
                    r.difference().pSignedRank(), r.better()[0], r.better()[1], r.better()[2]);
        }
        return csv.toString();
    }

    /** forecast.csv: per policy, port, year and measure, the kilograms' median and 5-95% interval over the worlds. */
    public static String forecast(List<Forecast.Cell> cells) {
        Csv csv = new Csv().header(List.of("policy", "port", "year", "measure", "unit", "worlds", "median", "p05",
                "p95"));
        for (Forecast.Cell c : cells) {
            csv.row(c.policy(), c.port(), c.year(), c.measure().column(), c.measure().unit(), c.spread().worlds(),
                    c.spread().median(), c.spread().p05(), c.spread().p95());
        }
        return csv.toString();
    }

    /**
     * change.csv: per policy, port and measure, the change from one year to the next, world by world: its median and
     * 5-95% interval over the worlds, and the share of worlds where it rises with its Wilson interval.
     */
    public static String change(List<Forecast.Change> changes) {
        Csv csv = new Csv().header(List.of("policy", "port", "measure", "unit", "from_year", "to_year", "worlds",
                "median", "p05", "p95", "rising_share", "rising_low", "rising_high"));
        for (Forecast.Change c : changes) {
            csv.row(c.policy(), c.port(), c.measure().column(), c.measure().unit(), c.from(), c.from() + 1,
                    c.spread().worlds(), c.spread().median(), c.spread().p05(), c.spread().p95(), c.rising()[0],
                    c.rising()[1], c.rising()[2]);
        }
        return csv.toString();
    }
}
