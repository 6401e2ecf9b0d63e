package portshift.observe;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import portshift.model.Ledger;
import portshift.model.PortshiftModel;

/**
 * One run in one row of {@code runs.csv}. The kilogram accounts cover the whole run (so that they
 * balance); rates and yearly figures cover the reported period, after the warm-up.
 *
 * @param suppliedKg        kg supplied over the whole run
 * @param heldKg            kg still in the organisations' stocks at the end
 * @param inTransitKg       kg still on their way at the end
 * @param divertedKg        kg sold outside the European container trade over the whole run
 * @param interceptionRate  seized in Europe / (seized in Europe + delivered), reported period
 * @param screenedShare     containers screened / handled at European ports, reported period
 * @param hhiDestinations   Herfindahl index of kg attempted per European port, in [0, 1]
 * @param routeFootprint    routes used in a month, mean over reported months
 * @param meanLoadKg        kg per load, reported period
 */
public record RunSummary(String scenario, int replication, long seed, int days, double reportedYears,
                         double suppliedKg, double deliveredKg, double seizedEuropeKg, double seizedUpstreamKg,
                         double heldKg, double inTransitKg, double divertedKg, long shipments,
                         double deliveredEuropeTPerYear, double seizedEuropeTPerYear, double seizedUpstreamTPerYear,
                         double interceptionRate, double screenedShare, double hhiDestinations,
                         double routeFootprint, double meanLoadKg, double shipmentsPerYear,
                         double insidersArrestedPerYear, double insidersRecruitedPerYear,
                         double bribesMusdPerYear, double legitDelayKhoursPerYear) {

    public static RunSummary of(PortshiftModel model, MonthlyCollector collector, String scenario, int replication,
                                long seed) {
        Ledger ledger = model.ledger();
        double delivered = 0;
        double seizedEurope = 0;
        double seizedUpstream = 0;
        double screened = 0;
        double handled = 0;
        double arrested = 0;
        double recruited = 0;
        double bribes = 0;
        double delay = 0;
        Map<String, Double> attempted = new HashMap<>();
        Set<String> months = new HashSet<>();
        for (PortMonth m : collector.portMonths()) {
            if (!m.reported()) {
                continue;
            }
            months.add(m.month());
            boolean europe = "EUROPE".equals(m.region());
            if (europe) {
                delivered += m.deliveredKg();
                seizedEurope += m.seizedKg();
                screened += m.containersScreened();
                handled += m.containersHandled();
                attempted.merge(m.port(), m.attemptedKg(), Double::sum);
            } else {
                seizedUpstream += m.seizedKg();
            }
            arrested += m.insidersArrested();
            recruited += m.insidersRecruited();
            bribes += m.bribesUsd();
            delay += m.legitDelayHours();
        }
        double years = months.size() / 12.0;
        double loads = 0;
        double loadKg = 0;
        Set<String> routeMonths = new HashSet<>();
        for (RouteMonth r : collector.routeMonths()) {
            if (r.reported()) {
                loads += r.loads();
                loadKg += r.kg();
                routeMonths.add(r.route() + " " + r.month());
            }
        }
        double footprint = months.isEmpty() ? 0 : routeMonths.size() / (double) months.size();
        return new RunSummary(scenario, replication, seed, model.config().days(), years,
                ledger.suppliedKg(), ledger.deliveredKg(), ledger.seizedEuropeKg(), ledger.seizedUpstreamKg(),
                model.heldKg(), ledger.inTransitKg(), ledger.divertedKg(), ledger.shipments(),
                perYear(delivered, years) / 1000, perYear(seizedEurope, years) / 1000, perYear(seizedUpstream, years) / 1000,
                ratio(seizedEurope, seizedEurope + delivered), ratio(screened, handled), hhi(attempted),
                footprint, ratio(loadKg, loads), perYear(loads, years),
                perYear(arrested, years), perYear(recruited, years), perYear(bribes, years) / 1e6, perYear(delay, years) / 1000);
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
