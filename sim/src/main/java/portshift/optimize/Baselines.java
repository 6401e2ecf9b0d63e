package portshift.optimize;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import portshift.model.Intervention;
import portshift.model.ModelConfig;

/**
 * The allocations a planner would try without a model, always shown beside the optimum: everything at
 * Antwerp; Antwerp and Rotterdam in proportion to the scanners they have; equal shares across the
 * alliance's members (across all candidates where the scenario has no alliance); and in proportion to
 * the containers each candidate receives from Latin America. Shares are turned into whole scanners
 * and officers by largest remainders.
 */
public final class Baselines {
    private Baselines() {
    }

    /**
     * @param scannersNow scanners at each candidate port on the day (for the Antwerp-Rotterdam split)
     * @param latamFlow   containers a day from Latin America at each candidate port
     * @param members     the alliance's members on the day
     * @return the baselines that can be formed from the candidates, by name
     */
    public static Map<String, Allocation> of(List<String> ports, int scanners, int officers, double[] scannersNow,
                                             double[] latamFlow, List<String> members) {
        Map<String, Allocation> out = new LinkedHashMap<>();
        int antwerp = ports.indexOf("ANTWERP");
        int rotterdam = ports.indexOf("ROTTERDAM");
        if (antwerp >= 0) {
            double[] w = new double[ports.size()];
            w[antwerp] = 1;
            out.put("all at Antwerp", spread(ports, scanners, officers, w));
        }
        if (antwerp >= 0 && rotterdam >= 0) {
            double[] w = new double[ports.size()];
            w[antwerp] = Math.max(scannersNow[antwerp], 1e-9);
            w[rotterdam] = Math.max(scannersNow[rotterdam], 1e-9);
            out.put("Antwerp and Rotterdam by today's scanners", spread(ports, scanners, officers, w));
        }
        double[] equal = new double[ports.size()];
        for (int i = 0; i < ports.size(); i++) {
            equal[i] = members.contains(ports.get(i)) ? 1 : 0;
        }
        if (java.util.Arrays.stream(equal).sum() > 0) {
            out.put("equal shares across alliance members", spread(ports, scanners, officers, equal));
        } else {
            java.util.Arrays.fill(equal, 1);
            out.put("equal shares across the candidates (no alliance)", spread(ports, scanners, officers, equal));
        }
        if (java.util.Arrays.stream(latamFlow).sum() > 0) {
            out.put("by containers from Latin America", spread(ports, scanners, officers, latamFlow));
        }
        return out;
    }

    /**
     * The baselines of a scenario on the allocation's day: today's scanners and the containers from Latin America of
     * each candidate, and the alliance's members on that day (if the alliance starts later in the scenario, its
     * members then).
     */
    public static Map<String, Allocation> forScenario(AllocationScenario scenario, List<String> ports, int scanners,
                                                      int officers) {
        ModelConfig base = scenario.base();
        double[] scannersNow = new double[ports.size()];
        double[] latam = new double[ports.size()];
        for (int i = 0; i < ports.size(); i++) {
            String id = ports.get(i);
            scannersNow[i] = scenario.controlsOnTheDay(id).scanners();
            latam[i] = base.world().ports().stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow()
                    .latamContainersPerDay();
        }
        return of(ports, scanners, officers, scannersNow, latam, members(base, scenario.day()));
    }

    /** The alliance's members on the day, as the scenario's interventions up to it leave them; if none, those of a later alliance. */
    static List<String> members(ModelConfig base, long day) {
        List<String> members = base.alliance().members();
        for (Intervention i : base.interventions()) {
            if (base.dayOf(i) <= day && i.alliance() != null && i.alliance().members() != null) {
                members = i.alliance().members();
            }
        }
        if (members.isEmpty()) {
            for (Intervention i : base.interventions()) {
                if (i.alliance() != null && i.alliance().members() != null) {
                    return i.alliance().members();
                }
            }
        }
        return members;
    }

    static Allocation spread(List<String> ports, int scanners, int officers, double[] weights) {
        return new Allocation(ports, largestRemainders(scanners, weights), largestRemainders(officers, weights));
    }

    /**
     * Whole counts summing to the total, in proportion to the weights (ties to the first): the rule by which added
     * scanners are shared out here and in the pattern variants that share them by risk.
     */
    public static int[] largestRemainders(int total, double[] weights) {
        double sum = java.util.Arrays.stream(weights).sum();
        int[] out = new int[weights.length];
        double[] rest = new double[weights.length];
        int given = 0;
        for (int i = 0; i < weights.length; i++) {
            double exact = sum > 0 ? total * weights[i] / sum : 0;
            out[i] = (int) Math.floor(exact);
            rest[i] = exact - out[i];
            given += out[i];
        }
        while (given < total) {
            int k = 0;
            for (int i = 1; i < rest.length; i++) {
                if (rest[i] > rest[k]) {
                    k = i;
                }
            }
            out[k]++;
            rest[k] = -1;
            given++;
        }
        return out;
    }
}
