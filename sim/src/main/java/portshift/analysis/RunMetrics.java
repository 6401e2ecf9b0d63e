package portshift.analysis;

import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import portshift.observe.PortMonth;

/**
 * The outcomes of one run by name, in a fixed order: the yearly rates of runs.csv, plus those
 * computed from its port rows: weak-link leakage and the displacement quotient of each intervention.
 */
public final class RunMetrics {
    /** Outcome names from runs.csv, with their units. */
    public static final Map<String, String> FROM_RUN_ROW = units(
            "delivered_europe_t_per_year", "t/year",
            "seized_europe_t_per_year", "t/year",
            "seized_upstream_t_per_year", "t/year",
            "interception_rate", "share",
            "hhi_destinations", "index",
            "route_footprint", "routes/month",
            "mean_load_kg", "kg",
            "shipments_per_year", "loads/year",
            "insiders_arrested_per_year", "per year",
            "legit_delay_khours_per_year", "k container-h/year");

    public static final String LEAKAGE = "weak_link_leakage";

    private RunMetrics() {
    }

    /** The unit of an outcome name. */
    public static String unit(String metric) {
        if (metric.equals(LEAKAGE)) {
            return "share";
        }
        if (metric.startsWith("wdq")) {
            return "quotient";
        }
        return FROM_RUN_ROW.getOrDefault(metric, "");
    }

    /**
     * @param runRow        the run's row of runs.csv by column
     * @param ports         the run's port rows
     * @param alliance      the reference alliance: flow through European ports outside it is leakage
     * @param interventions the run's interventions with European target ports
     */
    public static Map<String, Double> of(Map<String, String> runRow, List<PortMonth> ports, Set<String> alliance,
                                         List<InterventionWindow> interventions) {
        Map<String, Double> out = new LinkedHashMap<>();
        for (String m : FROM_RUN_ROW.keySet()) {
            out.put(m, Double.parseDouble(runRow.get(m)));
        }
        out.put(LEAKAGE, leakage(ports, alliance));
        for (InterventionWindow w : interventions) {
            out.put("wdq[" + w.label() + "]", displacement(ports, w).wdq());
        }
        return out;
    }

    /** Share of kilograms attempted at European ports that went to ports outside the alliance. */
    static double leakage(List<PortMonth> ports, Set<String> alliance) {
        double outside = 0;
        double all = 0;
        for (PortMonth m : ports) {
            if (m.reported() && "EUROPE".equals(m.region())) {
                all += m.attemptedKg();
                if (!alliance.contains(m.port())) {
                    outside += m.attemptedKg();
                }
            }
        }
        return all > 0 ? outside / all : 0;
    }

    /**
     * The target and buffer flows in the year before and the year from the intervention. The control
     * is the supply, which is constant in the model, so equal windows make it 1 on both sides; kg
     * sent from the export ports would not do, as they fall themselves when pressure deters.
     */
    public static Displacement displacement(List<PortMonth> ports, InterventionWindow w) {
        double[] target = new double[2];
        double[] buffer = new double[2];
        YearMonth firstBefore = w.month().minusMonths(InterventionWindow.MONTHS);
        YearMonth lastAfter = w.month().plusMonths(InterventionWindow.MONTHS - 1L);
        for (PortMonth m : ports) {
            YearMonth month = YearMonth.parse(m.month());
            if (month.isBefore(firstBefore) || month.isAfter(lastAfter) || !"EUROPE".equals(m.region())) {
                continue;
            }
            int side = month.isBefore(w.month()) ? 0 : 1;
            if (w.targets().contains(m.port())) {
                target[side] += m.attemptedKg();
            } else {
                buffer[side] += m.attemptedKg();
            }
        }
        return new Displacement(target[0], target[1], buffer[0], buffer[1], 1, 1);
    }

    private static Map<String, String> units(String... pairs) {
        Map<String, String> out = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            out.put(pairs[i], pairs[i + 1]);
        }
        return out;
    }
}
