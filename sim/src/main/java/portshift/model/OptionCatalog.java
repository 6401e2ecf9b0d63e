package portshift.model;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A producer's shipment options and what never changes about them in a run, built once and shared
 * by all its organisations: for every land link and every sea route from its port, a pair of options,
 * rip-on/rip-off first, then the route's other method (transshipped via a hub, concealed otherwise).
 * The pair shares its route, ports, legitimate flow and landing; the arrays are by pair, so that
 * a week's valuation reads one entry of each per route.
 */
final class OptionCatalog implements Serializable {
    private static final long serialVersionUID = 1L;

    static final int METHODS = Method.values().length;
    static final int RIP = Method.RIP_ON_RIP_OFF.ordinal();

    private final Producer producer;
    private final ShipmentOption[] options;
    private final int ports;
    private final int routes;
    final int[] route;
    final int[] origin;
    final int[] destination;
    /**
     * Where the pair's origin, destination and hub begin in a table by port and method; a pair without a
     * hub points past the ports, at {@link #noHubSlot}, where a valuation keeps a certain pass (1, and 0 for its log).
     */
    final int[] originSlot;
    final int[] destinationSlot;
    final int[] hubSlot;
    /** The ordinal of the pair's second method. */
    final int[] otherMethod;
    /** What a kg fetches if the load gets through: for rip-on, the price less the extraction share. */
    final double[] ripRevenue;
    final double[] otherRevenue;
    /** What a load pays per kg when it leaves: purchase, land link and the method's cost. */
    final double[] ripSpent;
    final double[] otherSpent;
    /**
     * What an organisation counts per kg of rip-on against the revenue: the outlay and the loaders' fees at both ends
     * (for the other method, the outlay alone).
     */
    final double[] ripCost;
    final double[] legit;
    /** The cost per load of each method, whatever its kg. */
    final double[] fixedByMethod = new double[METHODS];
    /** The slots of the port-and-method table that any option reads, ascending. */
    final int[] slots;

    /**
     * @param params the organisations' costs of concealment and transshipment
     * @param fees   the insiders' fees and the extraction team's share
     */
    OptionCatalog(Producer producer, World world, TraffickerParams params, InsiderParams fees) {
        this.producer = producer;
        this.ports = world.ports().size();
        this.routes = world.routes().size();
        List<ShipmentOption> list = new ArrayList<>();
        List<LandLink> linkOf = new ArrayList<>();
        for (LandLink link : producer.landLinks()) {
            for (Route r : world.routesFrom(link.port())) {
                list.add(new ShipmentOption(r, Method.RIP_ON_RIP_OFF, link));
                list.add(new ShipmentOption(r, r.viaHub() ? Method.TRANSSHIPPED : Method.CONCEALED_IN_CARGO, link));
                linkOf.add(link);
            }
        }
        options = list.toArray(new ShipmentOption[0]);
        int n = linkOf.size();
        route = new int[n];
        origin = new int[n];
        destination = new int[n];
        originSlot = new int[n];
        destinationSlot = new int[n];
        hubSlot = new int[n];
        otherMethod = new int[n];
        ripRevenue = new double[n];
        otherRevenue = new double[n];
        ripCost = new double[n];
        ripSpent = new double[n];
        otherSpent = new double[n];
        legit = new double[n];
        for (Method m : Method.values()) {
            fixedByMethod[m.ordinal()] = params.fixedUsdPerLoad(m, fees);
        }
        boolean[] read = new boolean[ports * METHODS];
        for (int j = 0; j < n; j++) {
            Route r = options[2 * j].route();
            Method other = options[2 * j + 1].method();
            route[j] = r.index();
            origin[j] = r.origin().index();
            destination[j] = r.destination().index();
            originSlot[j] = origin[j] * METHODS;
            destinationSlot[j] = destination[j] * METHODS;
            hubSlot[j] = r.viaHub() ? r.hub().index() * METHODS : noHubSlot(ports);
            otherMethod[j] = other.ordinal();
            double price = r.destination().wholesalePriceUsdPerKg();
            ripRevenue[j] = price * (1 - fees.extractionShare());
            otherRevenue[j] = price;
            double purchase = producer.priceUsdPerKg() + linkOf.get(j).costUsdPerKg();
            ripSpent[j] = purchase + params.methodCostUsdPerKg(Method.RIP_ON_RIP_OFF);
            otherSpent[j] = purchase + params.methodCostUsdPerKg(other);
            // for rip-on/rip-off the loaders' fees at both ends come on top
            ripCost[j] = ripSpent[j] + 2 * fees.loaderUsdPerKg();
            // the world spreads legitimate flows over the routes when it is built, before any organisation exists
            legit[j] = r.legitContainersPerDay();
            for (int m : new int[] {RIP, otherMethod[j]}) {
                read[originSlot[j] + m] = true;
                read[destinationSlot[j] + m] = true;
                if (r.viaHub()) {
                    read[hubSlot[j] + m] = true;
                }
            }
        }
        int count = 0;
        int[] all = new int[read.length];
        for (int k = 0; k < read.length; k++) {
            if (read[k]) {
                all[count++] = k;
            }
        }
        slots = Arrays.copyOf(all, count);
    }

    /** Where a table by port and method keeps, for a route without a hub, the certain pass at its third port. */
    static int noHubSlot(int ports) {
        return ports * METHODS;
    }

    Producer producer() { return producer; }
    /** Ports in the world. */
    int ports() { return ports; }
    /** Sea routes in the world. */
    int routes() { return routes; }
    /** How many options there are, two per pair. */
    int size() { return options.length; }
    /** How many pairs there are. */
    int pairs() { return route.length; }
    ShipmentOption option(int i) { return options[i]; }
    List<ShipmentOption> options() { return List.of(options); }

    /** What a load on option i pays per kg as it leaves (purchase, land link, method), USD. */
    double spentPerKg(int i) {
        return (i & 1) == 0 ? ripSpent[i >> 1] : otherSpent[i >> 1];
    }

    /** The cost per load on option i, whatever its kg, USD. */
    double fixed(int i) {
        return fixedByMethod[(i & 1) == 0 ? RIP : otherMethod[i >> 1]];
    }
}
