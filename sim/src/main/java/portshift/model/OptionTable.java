package portshift.model;

import java.io.Serializable;
import java.util.List;

/**
 * An organisation's shipment options as arrays by option: the weekly valuation reads every option
 * every week, and indices into arrays cost far less there than following each option's route and
 * ports. The figures that never change in a run (ports, prices, up-front costs, costs per load,
 * legitimate flows) are copied once; the week's results go into buffers kept from week to week.
 */
final class OptionTable implements Serializable {
    private static final long serialVersionUID = 1L;

    private static final int METHODS = Method.values().length;
    private final ShipmentOption[] options;
    private final int[] route;
    private final int[] origin;
    private final int[] destination;
    /** Where the option's origin, destination and hub (-1 if none) are in the table of 1 - risk. */
    private final int[] originSafe;
    private final int[] destinationSafe;
    private final int[] hubSafe;
    private final boolean[] ripOn;
    /** What a kg fetches if the load gets through: the wholesale price, less the extraction share for rip-on. */
    private final double[] revenue;
    /** What an organisation counts per kg against a load's revenue: the outlay, and for rip-on/rip-off the loaders' fees. */
    private final double[] cost;
    private final double[] fixed;
    /** What a load pays per kg when it leaves: purchase, land link and the method's cost. */
    private final double[] spentPerKg;
    private final double[] legit;
    private final CustomsParams customs;
    private final double[] profits;
    /** The options usable this week, in table order, and how many there are. */
    private final int[] usable;
    private int usableCount;
    private final double[] success;
    private final double[] cumulative;
    /** Per port and method: the believed chance of passing at the reference load, its log, and at the week's load. */
    private final double[] safe;
    private final double[] logSafe;
    private final double[] safeAtLoad;

    /**
     * @param purchaseUsdPerKg the producer's price
     * @param params           the organisation's costs of concealment and transshipment
     * @param fees             the insiders' fees and the extraction team's share
     * @param customs          how detection rises with load size
     * @param ports            ports in the world
     */
    OptionTable(List<ShipmentOption> list, double purchaseUsdPerKg, TraffickerParams params, InsiderParams fees,
                CustomsParams customs, int ports) {
        int n = list.size();
        options = list.toArray(new ShipmentOption[0]);
        route = new int[n];
        origin = new int[n];
        destination = new int[n];
        originSafe = new int[n];
        destinationSafe = new int[n];
        hubSafe = new int[n];
        ripOn = new boolean[n];
        revenue = new double[n];
        cost = new double[n];
        fixed = new double[n];
        spentPerKg = new double[n];
        legit = new double[n];
        this.customs = customs;
        for (int i = 0; i < n; i++) {
            ShipmentOption o = options[i];
            Route r = o.route();
            route[i] = r.index();
            origin[i] = r.origin().index();
            destination[i] = r.destination().index();
            int m = o.method().ordinal();
            originSafe[i] = origin[i] * METHODS + m;
            destinationSafe[i] = destination[i] * METHODS + m;
            hubSafe[i] = r.viaHub() ? r.hub().index() * METHODS + m : -1;
            ripOn[i] = o.method() == Method.RIP_ON_RIP_OFF;
            double price = r.destination().wholesalePriceUsdPerKg();
            revenue[i] = ripOn[i] ? price * (1 - fees.extractionShare()) : price;
            spentPerKg[i] = purchaseUsdPerKg + o.link().costUsdPerKg() + params.methodCostUsdPerKg(o.method());
            // for rip-on/rip-off the loaders' fees at both ends come on top
            cost[i] = ripOn[i] ? spentPerKg[i] + 2 * fees.loaderUsdPerKg() : spentPerKg[i];
            fixed[i] = params.fixedUsdPerLoad(o.method(), fees);
            // the world spreads legitimate flows over the routes when it is built, before any organisation exists
            legit[i] = r.legitContainersPerDay();
        }
        profits = new double[n];
        usable = new int[n];
        success = new double[n];
        cumulative = new double[n];
        safe = new double[ports * METHODS];
        logSafe = new double[ports * METHODS];
        safeAtLoad = new double[ports * METHODS];
    }

    ShipmentOption option(int i) { return options[i]; }
    /** Legitimate containers per day on the option's route. */
    double legit(int i) { return legit[i]; }
    /** This week's believed chance that a load of the week's size on the option gets through (for usable options). */
    double success(int i) { return success[i]; }
    /** ln of this week's believed chance that a load of the reference size gets through (for options not dropped). */
    double logSuccess(int i) {
        double log = logSafe[originSafe[i]] + logSafe[destinationSafe[i]];
        return hubSafe[i] >= 0 ? log + logSafe[hubSafe[i]] : log;
    }
    /** What a kg on the option fetches if the load gets through, USD. */
    double revenue(int i) { return revenue[i]; }
    /** The option's cost per load, whatever its kg, USD. */
    double fixed(int i) { return fixed[i]; }
    /** What a load on the option pays per kg as it leaves (purchase, land link, method), USD. */
    double spentPerKg(int i) { return spentPerKg[i]; }
    /** This week's expected profit per kg of every option (NaN on a dropped route); reused next week. */
    double[] profits() { return profits; }
    /** The k-th option usable this week, in table order (k below {@link #usableCount()}). */
    int usable(int k) { return usable[k]; }
    /** How many options are usable this week. */
    int usableCount() { return usableCount; }
    /** A buffer for the cumulative weights of this week's choice, one per usable option. */
    double[] cumulative() { return cumulative; }

    /**
     * Values every option this week for loads of the given size: expected profit per kg, the chance
     * of passing every inspection times the revenue, minus the up-front cost per kg, the cost of landing
     * it where the organisation has no foothold, and the cost per load spread over its kg. The believed
     * chances of passing a port are for a load of the reference size; a load counts as
     * x = (kg / reference)^e of those, so it passes with the chance to the power
     * x (one power per port and method, not per option).
     *
     * @param loaderAt     per port index, whether the organisation has a loader there
     * @param droppedUntil per route index, the day until which the organisation avoids it
     * @param loadKg       the size of the loads
     * @param landing      per port index, what a kg landed there costs for want of a foothold
     */
    Trafficker.Valuation value(RiskBeliefs beliefs, boolean[] loaderAt, long[] droppedUntil, long today,
                               double loadKg, double[] landing) {
        beliefs.safeInto(safe);
        double x = customs.sizeExponent(loadKg);
        for (int k = 0; k < safe.length; k++) {
            logSafe[k] = Math.log(safe[k]);
            safeAtLoad[k] = x == 1 ? safe[k] : Math.exp(x * logSafe[k]);
        }
        double perLoad = 1 / loadKg;
        double best = Double.NEGATIVE_INFINITY;
        double richest = Double.NEGATIVE_INFINITY;
        int richestLackingCrew = -1;
        int count = 0;
        for (int i = 0; i < options.length; i++) {
            if (droppedUntil[route[i]] > today) {
                profits[i] = Double.NaN;
                continue;
            }
            boolean lacksCrew = ripOn[i] && !(loaderAt[origin[i]] && loaderAt[destination[i]]);
            double p = safeAtLoad[originSafe[i]] * safeAtLoad[destinationSafe[i]];
            if (hubSafe[i] >= 0) {
                p *= safeAtLoad[hubSafe[i]];
            }
            success[i] = p;
            double profit = p * revenue[i] - cost[i] - landing[destination[i]] - fixed[i] * perLoad;
            profits[i] = profit;
            if (lacksCrew) {
                if (profit > richest) {
                    richest = profit;
                    richestLackingCrew = i;
                }
            } else if (!Double.isNaN(profit)) {
                usable[count++] = i;
                if (profit > best) {
                    best = profit;
                }
            }
        }
        usableCount = count;
        return new Trafficker.Valuation(profits, best, richestLackingCrew);
    }
}
