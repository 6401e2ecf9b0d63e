package portshift.model;

import java.io.Serializable;

/**
 * A week's valuation of an organisation's options, in buffers that every organisation of a run uses
 * in turn (organisations plan one after the other, and each is done with the buffers when its step
 * ends). It keeps the options usable this week, in catalog order, with what the choice among them
 * reads: expected profit per kg, the believed chance of getting through at the week's load and its
 * log at the reference load, the route's legitimate flow, the revenue per kg and the cost per load.
 */
final class WeeklyValuation implements Serializable {
    private static final long serialVersionUID = 1L;

    private final CustomsParams customs;
    /** Per port and method: the believed chance of passing at the reference load, its log, and at the week's load. */
    private final double[] safe;
    private final double[] logSafe;
    private final double[] safeAtLoad;
    private final double[] fixedTerm = new double[OptionCatalog.METHODS];
    final int[] usable;
    final double[] profit;
    final double[] success;
    final double[] logSuccess;
    final double[] legit;
    final double[] revenue;
    final double[] fixed;
    /** The weights of the week's choice, and their cumulative sums, one per usable option. */
    final double[] weight;
    final double[] cumulative;
    /** The load sizing of the week's mix, used by each organisation in turn. */
    final LoadSizing sizing;
    private int usableCount;
    private double best;
    private int richestLackingCrew;
    private double richestProfit;

    /**
     * @param customs how detection rises with load size
     * @param options the most options any organisation has
     * @param ports   ports in the world
     */
    WeeklyValuation(CustomsParams customs, int options, int ports) {
        this.customs = customs;
        // one more port's worth of slots for the routes without a hub: passed for certain
        safe = new double[OptionCatalog.noHubSlot(ports + 1)];
        logSafe = new double[safe.length];
        safeAtLoad = new double[safe.length];
        java.util.Arrays.fill(safeAtLoad, OptionCatalog.noHubSlot(ports), safeAtLoad.length, 1.0);
        usable = new int[options];
        profit = new double[options];
        success = new double[options];
        logSuccess = new double[options];
        legit = new double[options];
        revenue = new double[options];
        fixed = new double[options];
        weight = new double[options];
        cumulative = new double[options];
        sizing = new LoadSizing(customs.referenceLoadKg(), customs.sizeElasticity());
    }

    /** How many options are usable this week. */
    int usableCount() { return usableCount; }
    /** The best value of the usable options (-Infinity if none). */
    double best() { return best; }
    /** The first of the options lacking only a crew with the highest profit (-1 if none). */
    int richestLackingCrew() { return richestLackingCrew; }
    /** Its expected profit per kg (-Infinity if none). */
    double richestProfit() { return richestProfit; }

    /**
     * Values every option of the catalog this week for loads of the given size: expected profit per
     * kg, the chance of passing every inspection times the revenue, minus the up-front cost per kg,
     * the cost of landing it where the organisation has no foothold, and the cost per load spread
     * over its kg. The believed chances of passing a port are for a load of the reference size; a
     * load counts as x = (kg / reference)^e of those, so it passes with the chance to the power x
     * (one power per port and method, not per option). Options on a dropped route are left out;
     * a rip-on/rip-off option without a crew at both ends is not usable, but the richest of them
     * is kept as a reason to recruit.
     *
     * @param loaderAt     per port index, whether the organisation has a loader there
     * @param droppedUntil per route index, the day until which the organisation avoids it
     * @param loadKg       the size of the loads
     * @param landing      per port index, what a kg landed there costs for want of a foothold
     */
    void value(OptionCatalog c, RiskBeliefs beliefs, boolean[] loaderAt, long[] droppedUntil, long today,
               double loadKg, double[] landing) {
        beliefs.safeInto(safe, c.slots);
        double x = customs.sizeExponent(loadKg);
        for (int k : c.slots) {
            logSafe[k] = Math.log(safe[k]);
            safeAtLoad[k] = x == 1 ? safe[k] : Math.exp(x * logSafe[k]);
        }
        double perLoad = 1 / loadKg;
        for (int m = 0; m < fixedTerm.length; m++) {
            fixedTerm[m] = c.fixedByMethod[m] * perLoad;
        }
        double top = Double.NEGATIVE_INFINITY;
        double richest = Double.NEGATIVE_INFINITY;
        int richestAt = -1;
        int count = 0;
        int rip = OptionCatalog.RIP;
        for (int j = 0; j < c.pairs(); j++) {
            if (droppedUntil[c.route[j]] > today) {
                continue;
            }
            int o = c.originSlot[j];
            int d = c.destinationSlot[j];
            int h = c.hubSlot[j];
            double land = landing[c.destination[j]];
            // without a hub, the third factor is 1 and the third log 0: the same bits as leaving them out
            double p = safeAtLoad[o + rip] * safeAtLoad[d + rip] * safeAtLoad[h + rip];
            double v = p * c.ripRevenue[j] - c.ripCost[j] - land - fixedTerm[rip];
            if (!(loaderAt[c.origin[j]] && loaderAt[c.destination[j]])) {
                if (v > richest) {
                    richest = v;
                    richestAt = 2 * j;
                }
            } else if (!Double.isNaN(v)) {
                keep(count++, 2 * j, v, p, logSafe[o + rip] + logSafe[d + rip] + logSafe[h + rip], c.legit[j],
                        c.ripRevenue[j], c.fixedByMethod[rip]);
                top = v > top ? v : top;
            }
            int m = c.otherMethod[j];
            p = safeAtLoad[o + m] * safeAtLoad[d + m] * safeAtLoad[h + m];
            v = p * c.otherRevenue[j] - c.otherSpent[j] - land - fixedTerm[m];
            if (!Double.isNaN(v)) {
                keep(count++, 2 * j + 1, v, p, logSafe[o + m] + logSafe[d + m] + logSafe[h + m], c.legit[j],
                        c.otherRevenue[j], c.fixedByMethod[m]);
                top = v > top ? v : top;
            }
        }
        usableCount = count;
        best = top;
        richestLackingCrew = richestAt;
        richestProfit = richest;
    }

    private void keep(int k, int option, double v, double p, double log, double flow, double perKg, double perLoad) {
        usable[k] = option;
        profit[k] = v;
        success[k] = p;
        logSuccess[k] = log;
        legit[k] = flow;
        revenue[k] = perKg;
        fixed[k] = perLoad;
    }
}
