package portshift.model;

import java.util.ArrayList;
import java.util.List;

import ec.util.MersenneTwisterFast;

/**
 * Creates the trafficking organisations at the start of a run: an equal share of their producer's
 * supply each, a drawn loss tolerance, loaders at a few export and import ports, drawn in
 * proportion to the ports' flow and openness to corruption (their contacts), and footholds at a few
 * European ports, drawn in proportion to their containers from Latin America.
 */
final class OrganisationFactory {
    private final PortshiftModel model;

    OrganisationFactory(PortshiftModel model) {
        this.model = model;
    }

    List<Trafficker> create() {
        TraffickerParams params = model.config().traffickers();
        World world = model.world();
        MersenneTwisterFast random = model.random;
        List<Trafficker> all = new ArrayList<>();
        List<OptionCatalog> catalogs = new ArrayList<>();
        int most = 0;
        for (Producer producer : world.producers()) {
            // a producer without organisations needs no options
            if (params.organisations(producer.id()) > 0) {
                OptionCatalog catalog = new OptionCatalog(producer, world, params, model.config().insiders());
                catalogs.add(catalog);
                most = Math.max(most, catalog.size());
            }
        }
        // organisations plan one after the other: one set of buffers serves them all
        WeeklyValuation week = new WeeklyValuation(model.config().customs(), most, world.ports().size());
        for (OptionCatalog catalog : catalogs) {
            int count = params.organisations(catalog.producer().id());
            for (int k = 0; k < count; k++) {
                double tolerance = params.lossToleranceMin()
                        + random.nextDouble() * (params.lossToleranceMax() - params.lossToleranceMin());
                Trafficker t = new Trafficker(all.size(), catalog, 1.0 / count, tolerance, week, model.line(),
                        params, model.config().insiders(), model.config().customs(), model.config().footholds());
                addContacts(t, exportCandidates(catalog.producer()), params.exportContacts());
                addContacts(t, model.importPorts(), params.importContacts());
                establish(t, model.config().footholds().startPorts());
                all.add(t);
            }
        }
        return all;
    }

    private static List<Port> exportCandidates(Producer producer) {
        List<Port> ports = new ArrayList<>();
        for (LandLink link : producer.landLinks()) {
            ports.add(link.port());
        }
        return ports;
    }

    private void addContacts(Trafficker t, List<Port> candidates, int wanted) {
        List<Port> left = new ArrayList<>(candidates);
        for (int n = 0; n < wanted && !left.isEmpty(); n++) {
            double[] weights = new double[left.size()];
            double sum = 0;
            for (int i = 0; i < left.size(); i++) {
                Port p = left.get(i);
                double flow = p.role() == PortRole.IMPORT ? latamFlow(p) : p.teuMillionsPerYear();
                sum += flow * p.corruptibleShare();
                weights[i] = sum;
            }
            if (sum <= 0) {
                return;
            }
            double x = model.random.nextDouble() * sum;
            int pick = 0;
            while (weights[pick] <= x) {
                pick++;
            }
            Port port = left.remove(pick);
            InsiderPool pool = model.insiders(port);
            if (pool.roleCount(InsiderRole.LONGSHOREMAN) < pool.openWorkers(InsiderRole.LONGSHOREMAN)) {
                pool.addContact(t, InsiderRole.LONGSHOREMAN, 0);
            }
        }
    }

    /**
     * Establishes the organisation at a few European ports, drawn without replacement in proportion to the containers
     * they receive from Latin America: where the trade is, the organisations settled.
     */
    private void establish(Trafficker t, int wanted) {
        List<Port> left = new ArrayList<>(model.importPorts());
        for (int n = 0; n < wanted && !left.isEmpty(); n++) {
            double sum = 0;
            double[] weights = new double[left.size()];
            for (int i = 0; i < left.size(); i++) {
                sum += latamFlow(left.get(i));
                weights[i] = sum;
            }
            if (sum <= 0) {
                return;
            }
            double x = model.random.nextDouble() * sum;
            int pick = 0;
            while (weights[pick] <= x) {
                pick++;
            }
            t.footholds().establish(left.remove(pick));
        }
    }

    private double latamFlow(Port port) {
        double flow = 0;
        for (Route r : model.world().routesThrough(port)) {
            if (r.destination() == port) {
                flow += r.legitContainersPerDay();
            }
        }
        return flow;
    }
}
