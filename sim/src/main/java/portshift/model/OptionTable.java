package portshift.model;

import java.io.Serializable;
import java.util.List;

/**
 * An organisation's shipment options as arrays by option: the weekly valuation reads every option
 * every week, and indices into arrays cost far less there than following each option's route and
 * ports. The figures that never change in a run (ports, prices, up-front costs, legitimate flows) are
 * copied once; the week's results go into buffers kept from week to week.
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
    private final double[] price;
    private final double[] cost;
    private final double[] legit;
    private final double keepAfterExtraction;
    private final double[] profits;
    private final double[] values;
    private final boolean[] lacksCrew;
    private final double[] success;
    private final double[] cumulative;
    private final double[] safe;

    /**
     * @param purchaseUsdPerKg the producer's price
     * @param params           the organisation's costs of concealment and transshipment
     * @param fees             the insiders' fees and the extraction team's share
     * @param ports            ports in the world
     */
    OptionTable(List<ShipmentOption> list, double purchaseUsdPerKg, TraffickerParams params, InsiderParams fees,
                int ports) {
        int n = list.size();
        options = list.toArray(new ShipmentOption[0]);
        route = new int[n];
        origin = new int[n];
        destination = new int[n];
        originSafe = new int[n];
        destinationSafe = new int[n];
        hubSafe = new int[n];
        ripOn = new boolean[n];
        price = new double[n];
        cost = new double[n];
        legit = new double[n];
        keepAfterExtraction = 1 - fees.extractionShare();
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
            price[i] = r.destination().wholesalePriceUsdPerKg();
            cost[i] = upFrontCost(o, purchaseUsdPerKg, params, fees);
            // the world spreads legitimate flows over the routes when it is built, before any organisation exists
            legit[i] = r.legitContainersPerDay();
        }
        profits = new double[n];
        values = new double[n];
        lacksCrew = new boolean[n];
        success = new double[n];
        cumulative = new double[n];
        safe = new double[ports * METHODS];
    }

    /**
     * What an organisation counts per kg against a load's revenue: purchase, land link, the method's
     * cost, and for rip-on/rip-off the loaders' fees at both ends.
     */
    private static double upFrontCost(ShipmentOption o, double purchaseUsdPerKg, TraffickerParams params,
                                      InsiderParams fees) {
        double cost = purchaseUsdPerKg + o.link().costUsdPerKg() + params.methodCostUsdPerKg(o.method());
        return o.method() == Method.RIP_ON_RIP_OFF ? cost + 2 * fees.loaderUsdPerKg() : cost;
    }

    ShipmentOption option(int i) { return options[i]; }
    /** Legitimate containers per day on the option's route. */
    double legit(int i) { return legit[i]; }
    /** This week's believed chance that a load on the option gets through (valid for usable options). */
    double success(int i) { return success[i]; }
    /** A buffer for the cumulative weights of this week's choice. */
    double[] cumulative() { return cumulative; }

    /**
     * Values every option this week: expected profit per kg, the revenue if every inspection is
     * passed (less the extraction team's share for rip-on/rip-off) minus the up-front cost.
     *
     * @param loaderAt     per port index, whether the organisation has a loader there
     * @param droppedUntil per route index, the day until which the organisation avoids it
     */
    Trafficker.Valuation value(RiskBeliefs beliefs, boolean[] loaderAt, long[] droppedUntil, long today) {
        beliefs.safeInto(safe);
        double best = Double.NEGATIVE_INFINITY;
        double richest = Double.NEGATIVE_INFINITY;
        int richestLackingCrew = -1;
        for (int i = 0; i < options.length; i++) {
            boolean dropped = droppedUntil[route[i]] > today;
            lacksCrew[i] = !dropped && ripOn[i] && !(loaderAt[origin[i]] && loaderAt[destination[i]]);
            boolean usable = !dropped && !lacksCrew[i];
            double profit = Double.NaN;
            if (!dropped) {
                double p = safe[originSafe[i]] * safe[destinationSafe[i]];
                if (hubSafe[i] >= 0) {
                    p *= safe[hubSafe[i]];
                }
                success[i] = p;
                double revenue = p * price[i];
                if (ripOn[i]) {
                    revenue *= keepAfterExtraction;
                }
                profit = revenue - cost[i];
            }
            profits[i] = profit;
            values[i] = usable ? profit : Double.NaN;
            if (usable && profit > best) {
                best = profit;
            }
            if (lacksCrew[i] && profit > richest) {
                richest = profit;
                richestLackingCrew = i;
            }
        }
        return new Trafficker.Valuation(profits, values, lacksCrew, best, richestLackingCrew);
    }
}
