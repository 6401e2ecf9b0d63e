package portshift.observe;

import java.util.Map;

import portshift.model.Ledger;
import portshift.model.PortshiftModel;

/**
 * One run in one row of {@code runs.csv}. The kilogram accounts cover the whole run (so that they
 * balance); rates and yearly figures cover the reported period, after the warm-up.
 *
 * @param warmupDays        days at the start excluded from the rates and yearly figures
 * @param suppliedKg        kg supplied over the whole run
 * @param heldKg            kg still in the organisations' stocks at the end
 * @param inTransitKg       kg still on their way at the end
 * @param divertedKg        kg sold outside the European container trade over the whole run
 * @param divertedTPerYear  tonnes a year sold outside the European container trade, reported period
 * @param interceptionRate  seized in Europe / (seized in Europe + delivered), reported period
 * @param screenedShare     containers screened / handled at European ports, reported period
 * @param hhiDestinations   Herfindahl index of kg attempted per European port, in [0, 1]
 * @param routeFootprint    routes used in a month, mean over reported months
 * @param meanLoadKg        kg per load, reported period
 */
public record RunSummary(String scenario, int replication, long seed, int days, int warmupDays, double reportedYears,
                         double suppliedKg, double deliveredKg, double seizedEuropeKg, double seizedUpstreamKg,
                         double heldKg, double inTransitKg, double divertedKg, long shipments,
                         double deliveredEuropeTPerYear, double seizedEuropeTPerYear, double seizedUpstreamTPerYear,
                         double divertedTPerYear, double interceptionRate, double screenedShare, double hhiDestinations,
                         double routeFootprint, double meanLoadKg, double shipmentsPerYear,
                         double insidersArrestedPerYear, double insidersRecruitedPerYear,
                         double bribesMusdPerYear, double legitDelayKhoursPerYear) {

    public static RunSummary of(PortshiftModel model, RunTally t, String scenario, int replication, long seed) {
        Ledger ledger = model.ledger();
        double years = t.months() / 12.0;
        double footprint = t.months() == 0 ? 0 : t.routeMonths() / (double) t.months();
        return new RunSummary(scenario, replication, seed, model.config().days(), model.config().warmupDays(), years,
                ledger.suppliedKg(), ledger.deliveredKg(), ledger.seizedEuropeKg(), ledger.seizedUpstreamKg(),
                model.heldKg(), ledger.inTransitKg(), ledger.divertedKg(), ledger.shipments(),
                perYear(t.delivered, years) / 1000, perYear(t.seizedEurope, years) / 1000,
                perYear(t.seizedUpstream, years) / 1000, perYear(t.diverted, years) / 1000, ratio(t.seizedEurope, t.seizedEurope + t.delivered),
                ratio(t.screened, t.handled), hhi(t.attempted), footprint, ratio(t.loadKg, t.loads), perYear(t.loads, years),
                perYear(t.arrested, years), perYear(t.recruited, years), perYear(t.bribes, years) / 1e6,
                perYear(t.delay, years) / 1000);
    }

    /** Herfindahl-Hirschman index of shares. */
    static double hhi(Map<String, Double> amounts) {
        double total = 0;
        for (double v : amounts.values()) {
            total += v;
        }
        if (total <= 0) {
            return 0;
        }
        double h = 0;
        for (double v : amounts.values()) {
            h += (v / total) * (v / total);
        }
        return h;
    }

    private static double perYear(double amount, double years) {
        return years > 0 ? amount / years : 0;
    }

    private static double ratio(double a, double b) {
        return b > 0 ? a / b : 0;
    }

    /** Supplied minus everything accounted for: zero up to rounding when kilograms are conserved. */
    public double unaccountedKg() {
        return suppliedKg - deliveredKg - seizedEuropeKg - seizedUpstreamKg - heldKg - inTransitKg - divertedKg;
    }
}
