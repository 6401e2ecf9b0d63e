package portshift.gui;

import java.util.List;

import portshift.model.Method;
import portshift.model.Port;
import portshift.model.PortMeasure;
import portshift.model.PortshiftModel;
import portshift.model.Route;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * What happened over the last {@link #DAYS} days, per port and per route, for the map's colours and
 * line widths and for the live charts. Scheduled after each day by the GUI; reads the model's
 * running counters and keeps a ring of daily differences.
 */
final class RecentActivity implements Steppable {
    private static final long serialVersionUID = 1L;
    static final int DAYS = 30;

    private final int ports;
    private final int routes;
    private final double[][] attempted;
    private final double[][] seized;
    private final double[][] delivered;
    private final double[][] routeKg;
    private final double[] lastAttempted;
    private final double[] lastSeized;
    private final double[] lastDelivered;
    private final double[] lastRouteKg;
    private int day;

    RecentActivity(PortshiftModel model) {
        ports = model.world().ports().size();
        routes = model.world().routes().size();
        attempted = new double[DAYS][ports];
        seized = new double[DAYS][ports];
        delivered = new double[DAYS][ports];
        routeKg = new double[DAYS][routes];
        lastAttempted = new double[ports];
        lastSeized = new double[ports];
        lastDelivered = new double[ports];
        lastRouteKg = new double[routes];
    }

    @Override
    public void step(SimState state) {
        PortshiftModel model = (PortshiftModel) state;
        int slot = day++ % DAYS;
        for (Port p : model.world().ports()) {
            int i = p.index();
            attempted[slot][i] = p.counters().get(PortMeasure.ATTEMPTED_KG) - lastAttempted[i];
            seized[slot][i] = p.counters().get(PortMeasure.SEIZED_KG) - lastSeized[i];
            delivered[slot][i] = p.counters().get(PortMeasure.DELIVERED_KG) - lastDelivered[i];
            lastAttempted[i] = p.counters().get(PortMeasure.ATTEMPTED_KG);
            lastSeized[i] = p.counters().get(PortMeasure.SEIZED_KG);
            lastDelivered[i] = p.counters().get(PortMeasure.DELIVERED_KG);
        }
        List<Route> all = model.world().routes();
        for (Route r : all) {
            double kg = 0;
            for (Method m : Method.values()) {
                kg += r.launchedKg(m);
            }
            routeKg[slot][r.index()] = kg - lastRouteKg[r.index()];
            lastRouteKg[r.index()] = kg;
        }
    }

    double attemptedKg(Port p) {
        return sum(attempted, p.index());
    }

    double seizedKg(Port p) {
        return sum(seized, p.index());
    }

    double deliveredKg(Port p) {
        return sum(delivered, p.index());
    }

    double routeKg(Route r) {
        return sum(routeKg, r.index());
    }

    private static double sum(double[][] ring, int i) {
        double s = 0;
        for (double[] day : ring) {
            s += day[i];
        }
        return s;
    }
}
