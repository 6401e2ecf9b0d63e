package portshift.observe;

import java.io.Serializable;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The running totals of a run's reported months, kept as the rows are made, so that a run's summary
 * needs no rows in memory however long it is. Sums are taken in the order the rows come (month by
 * month, port by port), so they are the same numbers whether rows are kept or written out.
 */
public final class RunTally implements Serializable {
    private static final long serialVersionUID = 1L;

    double delivered;
    double seizedEurope;
    double seizedUpstream;
    double screened;
    double handled;
    double arrested;
    double recruited;
    double bribes;
    double delay;
    double loads;
    double loadKg;
    final Map<String, Double> attempted = new HashMap<>();
    private final Set<String> months = new HashSet<>();
    private final Set<String> routeMonths = new HashSet<>();
    private final Map<String, double[]> europe = new HashMap<>();

    void add(PortMonth m) {
        if (!m.reported()) {
            return;
        }
        months.add(m.month());
        if ("EUROPE".equals(m.region())) {
            delivered += m.deliveredKg();
            seizedEurope += m.seizedKg();
            screened += m.containersScreened();
            handled += m.containersHandled();
            attempted.merge(m.port(), m.attemptedKg(), Double::sum);
            double[] v = europe.computeIfAbsent(m.port(), k -> new double[4]);
            v[0] += m.seizedKg();
            v[1] += m.deliveredKg();
            v[2] += m.seizures();
            v[3] += m.attemptedKg();
        } else {
            seizedUpstream += m.seizedKg();
        }
        arrested += m.insidersArrested();
        recruited += m.insidersRecruited();
        bribes += m.bribesUsd();
        delay += m.legitDelayHours();
    }

    void add(RouteMonth r) {
        if (r.reported()) {
            loads += r.loads();
            loadKg += r.kg();
            routeMonths.add(r.route() + " " + r.month());
        }
    }

    /** Months reported so far (after the warm-up). */
    public int months() {
        return months.size();
    }

    /** Distinct (route, month) pairs with loads, in reported months. */
    int routeMonths() {
        return routeMonths.size();
    }

    /** Per European port, over the reported months: kg seized, kg delivered, seizures, kg attempted. */
    public Map<String, double[]> europeanPorts() {
        return europe;
    }
}
