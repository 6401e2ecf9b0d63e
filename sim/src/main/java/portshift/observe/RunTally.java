package portshift.observe;

import java.io.Serializable;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import portshift.model.PortMeasure;

/**
 * The running totals of a run's reported months, kept as the rows are made, so that a run's summary
 * needs no rows in memory however long it is: its size depends on the ports and routes, not on the
 * months. Every {@link PortMeasure} is summed over all ports, over the European ports, over the others
 * (upstream) and per European port. Rows come month by month; sums are taken in that order, port by port,
 * so they are the same numbers whether rows are kept or written out.
 */
public final class RunTally implements Serializable {
    private static final long serialVersionUID = 2L;

    private final double[] all = new double[PortMeasure.count()];
    private final double[] europe = new double[PortMeasure.count()];
    private final double[] upstream = new double[PortMeasure.count()];
    private final Map<String, double[]> europeanPorts = new HashMap<>();
    private double loads;
    private double loadKg;
    private double diverted;
    private int months;
    private String lastMonth;
    private int routeMonths;
    private String routesMonth;
    private final Set<String> routesUsed = new HashSet<>();

    void add(PortMonth m) {
        if (!m.reported()) {
            return;
        }
        if (!m.month().equals(lastMonth)) {
            months++;
            lastMonth = m.month();
        }
        boolean inEurope = "EUROPE".equals(m.region());
        double[] side = inEurope ? europe : upstream;
        double[] port = inEurope ? europeanPorts.computeIfAbsent(m.port(), k -> new double[PortMeasure.count()]) : null;
        for (PortMeasure measure : PortMeasure.values()) {
            int i = measure.ordinal();
            double v = m.get(measure);
            all[i] += v;
            side[i] += v;
            if (port != null) {
                port[i] += v;
            }
        }
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

    /** A measure summed over every port and reported month. */
    public double all(PortMeasure measure) {
        return all[measure.ordinal()];
    }

    /** A measure summed over the European ports and reported months. */
    public double europe(PortMeasure measure) {
        return europe[measure.ordinal()];
    }

    /** A measure summed over the ports outside Europe (export ports and hubs) and reported months. */
    public double upstream(PortMeasure measure) {
        return upstream[measure.ordinal()];
    }

    /** Per European port, every measure summed over the reported months (indexed by the measure's ordinal). */
    public Map<String, double[]> europeanPorts() {
        return europeanPorts;
    }

    /** Months reported so far (after the warm-up). */
    public int months() {
        return months;
    }

    /** Reported years: the reported months over twelve. */
    public double years() {
        return months / 12.0;
    }

    /** An amount over the reported period as a yearly figure (0 when no month is reported). */
    public double perYear(double amount) {
        double years = years();
        return years > 0 ? amount / years : 0;
    }

    /** Distinct (route, month) pairs with loads, in reported months. */
    public int routeMonths() {
        return routeMonths;
    }

    /** Loads sent, in reported months. */
    public double loads() {
        return loads;
    }

    /** Kilograms in the loads sent, in reported months. */
    public double loadKg() {
        return loadKg;
    }

    /** Kilograms sold outside the European container trade, in reported months. */
    public double divertedKg() {
        return diverted;
    }

    /** Herfindahl-Hirschman index of the kilograms attempted at each European port, in [0, 1]. */
    public double hhiOfAttemptedInEurope() {
        double total = 0;
        for (double[] v : europeanPorts.values()) {
            total += v[PortMeasure.ATTEMPTED_KG.ordinal()];
        }
        if (total <= 0) {
            return 0;
        }
        double h = 0;
        for (double[] v : europeanPorts.values()) {
            double share = v[PortMeasure.ATTEMPTED_KG.ordinal()] / total;
            h += share * share;
        }
        return h;
    }

    /** a / b, or 0 where b is not positive. */
    public static double ratio(double a, double b) {
        return b > 0 ? a / b : 0;
    }
}
