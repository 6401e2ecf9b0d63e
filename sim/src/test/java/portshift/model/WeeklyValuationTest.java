package portshift.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import portshift.TestPaths;
import portshift.scenario.LoadedScenario;

/**
 * A week's valuation in the baseline world (routes with and without a hub), against each option's profit worked out
 * on its own: the chance of passing each port on the route at the week's load, times the revenue, less the cost per
 * kg, the landing cost and the cost per load spread over the load.
 */
class WeeklyValuationTest {
    private static final ModelConfig CONFIG = LoadedScenario.load(TestPaths.scenario("baseline.yaml")).config();
    private static final double LOAD_KG = 420;

    @Test
    void everyOptionIsValuedAsItsFormulaSaysAndOnlyUsableOnesAreKept() {
        World world = CONFIG.world().build();
        Producer producer = world.producers().get(0);
        OptionCatalog catalog = new OptionCatalog(producer, world, CONFIG.traffickers(), CONFIG.insiders());
        int ports = world.ports().size();
        RiskBeliefs beliefs = new RiskBeliefs(ports, 1, 9);
        // beliefs that differ by port and method
        for (Port p : world.ports()) {
            for (Method m : Method.values()) {
                beliefs.observeSeizure(p, m, (p.index() * 7 + m.ordinal() * 3) % 5);
                beliefs.observePass(p, m, (p.index() * 11 + m.ordinal()) % 13);
            }
        }
        boolean[] loaderAt = new boolean[ports];
        Route withCrew = firstRoute(catalog, false);
        loaderAt[withCrew.origin().index()] = true;
        loaderAt[withCrew.destination().index()] = true;
        long[] dropped = new long[world.routes().size()];
        Route droppedRoute = firstRoute(catalog, true);
        dropped[droppedRoute.index()] = 100;
        double[] landing = new double[ports];
        for (Port p : world.ports()) {
            landing[p.index()] = 50.0 * (p.index() % 4);
        }

        WeeklyValuation week = new WeeklyValuation(CONFIG.customs(), catalog.size(), ports);
        week.value(catalog, beliefs, loaderAt, dropped, 10, LOAD_KG, landing);

        List<Integer> usable = new ArrayList<>();
        double best = Double.NEGATIVE_INFINITY;
        double richest = Double.NEGATIVE_INFINITY;
        int richestAt = -1;
        for (int i = 0; i < catalog.size(); i++) {
            ShipmentOption o = catalog.option(i);
            Route r = o.route();
            if (r == droppedRoute) {
                continue;
            }
            double profit = profit(producer, o, beliefs, landing);
            boolean rip = o.method() == Method.RIP_ON_RIP_OFF;
            if (rip && !(loaderAt[r.origin().index()] && loaderAt[r.destination().index()])) {
                if (profit > richest) {
                    richest = profit;
                    richestAt = i;
                }
                continue;
            }
            usable.add(i);
            best = Math.max(best, profit);
            int k = usable.size() - 1;
            assertThat(week.usable[k]).as("usable option %d", k).isEqualTo(i);
            assertThat(week.profit[k]).as("profit of %s", o).isCloseTo(profit, within(1e-9 * Math.abs(profit)));
            assertThat(week.legit[k]).isEqualTo(r.legitContainersPerDay());
            assertThat(week.logSuccess[k]).as("log of the pass chance at the reference load of %s", o)
                    .isCloseTo(logPass(o, beliefs), within(1e-12));
        }
        assertThat(week.usableCount()).isEqualTo(usable.size());
        assertThat(week.best()).isCloseTo(best, within(1e-9 * Math.abs(best)));
        assertThat(week.richestLackingCrew()).isEqualTo(richestAt);
        assertThat(week.richestProfit()).isCloseTo(richest, within(1e-9 * Math.abs(richest)));
        assertThat(usable).as("rip-on/rip-off is usable where the organisation has loaders at both ends")
                .anyMatch(i -> catalog.option(i).route() == withCrew
                        && catalog.option(i).method() == Method.RIP_ON_RIP_OFF);
        assertThat(usable).as("both kinds of route are valued").anyMatch(i -> catalog.option(i).route().viaHub())
                .anyMatch(i -> !catalog.option(i).route().viaHub());
    }

    @Test
    void theOrganisationsOfAProducerShareItsOptions() {
        PortshiftModel model = new PortshiftModel(1, CONFIG);
        model.start();
        List<Trafficker> all = model.traffickers();
        Trafficker first = all.get(0);
        Trafficker sameProducer = all.stream().filter(t -> t != first && t.producer() == first.producer()).findFirst()
                .orElseThrow();
        Trafficker otherProducer = all.stream().filter(t -> t.producer() != first.producer()).findFirst().orElseThrow();
        assertThat(sameProducer.options().get(0)).isSameAs(first.options().get(0));
        assertThat(otherProducer.options().get(0)).isNotSameAs(first.options().get(0));
    }

    /** The first route of the catalog without (or with) a hub. */
    private static Route firstRoute(OptionCatalog catalog, boolean viaHub) {
        for (int i = 0; i < catalog.size(); i++) {
            if (catalog.option(i).route().viaHub() == viaHub) {
                return catalog.option(i).route();
            }
        }
        throw new AssertionError("no route " + (viaHub ? "with" : "without") + " a hub");
    }

    private static List<Port> portsOf(Route r) {
        return r.viaHub() ? List.of(r.origin(), r.hub(), r.destination()) : List.of(r.origin(), r.destination());
    }

    private static double logPass(ShipmentOption o, RiskBeliefs beliefs) {
        double log = 0;
        for (Port p : portsOf(o.route())) {
            log += Math.log(1 - beliefs.risk(p, o.method()));
        }
        return log;
    }

    private static double profit(Producer producer, ShipmentOption o, RiskBeliefs beliefs, double[] landing) {
        TraffickerParams params = CONFIG.traffickers();
        InsiderParams fees = CONFIG.insiders();
        double x = CONFIG.customs().sizeExponent(LOAD_KG);
        double pass = Math.exp(x * logPass(o, beliefs));
        Port destination = o.route().destination();
        boolean rip = o.method() == Method.RIP_ON_RIP_OFF;
        double revenue = destination.wholesalePriceUsdPerKg() * (rip ? 1 - fees.extractionShare() : 1);
        double cost = producer.priceUsdPerKg() + o.link().costUsdPerKg() + params.methodCostUsdPerKg(o.method())
                + (rip ? 2 * fees.loaderUsdPerKg() : 0);
        return pass * revenue - cost - landing[destination.index()]
                - params.fixedUsdPerLoad(o.method(), fees) / LOAD_KG;
    }
}
