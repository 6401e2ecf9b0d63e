package portshift.observe;

import java.io.Serializable;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The running totals of a run's reported months, kept as the rows are made, so that a run's summary
 * needs no rows in memory however long it is: its size depends on the ports and routes, not on the
 * months. Rows come month by month; sums are taken in that order, port by port, so they are the same
 * numbers whether rows are kept or written out.
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
    double diverted;
    final Map<String, Double> attempted = new HashMap<>();
    private int months;
    private String lastMonth;
    private int routeMonths;
    private String routesMonth;
    private final Set<String> routesUsed = new HashSet<>();
    private final Map<String, double[]> europe = new HashMap<>();

    void add(PortMonth m) {
        if (!m.reported()) {
            return;
        }
        if (!m.month().equals(lastMonth)) {
            months++;
            lastMonth = m.month();
        }
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
            if (!r.month().equals(routesMonth)) {
                routesUsed.clear();
                routesMonth = r.month();
            }
            if (routesUsed.add(r.route())) {
                routeMonths++;
            }
        }
    }

    /** Kilograms sold outside the European container trade in a month, if it is reported. */
    void addDiverted(boolean reported, double kg) {
        if (reported) {
            diverted += kg;
        }
    }

    /** Months reported so far (after the warm-up). */
    public int months() {
        return months;
    }

    /** Distinct (route, month) pairs with loads, in reported months. */
    int routeMonths() {
        return routeMonths;
    }

    /** Per European port, over the reported months: kg seized, kg delivered, seizures, kg attempted. */
    public Map<String, double[]> europeanPorts() {
        return europe;
    }
}
