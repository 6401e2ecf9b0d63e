package portshift.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import portshift.analysis.Missing;
import portshift.experiment.Replication;
import portshift.experiment.RunResult;
import portshift.model.ModelConfig;
import portshift.model.PortSpec;
import portshift.model.ProducerSpec;
import portshift.model.RouteSpec;
import portshift.model.RunAccount;
import portshift.model.WorldSpec;
import portshift.scenario.LoadedScenario;

/**
 * How the cost of one run grows with the work: the scenario as it is, with 10 and 100 times its trafficking
 * organisations (the same supply shared among more of them), in a synthetic world of 10 times the ports, and run for
 * 100 years. Each row is one run on one thread
 * after the warm-up, with its shipments simulated, its wall time per 1,000 shipments and its peak heap.
 */
final class BenchScaling {
    private BenchScaling() {
    }

    static void print(LoadedScenario scenario, PrintWriter out) {
        out.printf(Locale.ROOT, "%-28s %8s %12s %10s %16s %14s%n", "scaling (one run, 1 thread)", "days", "shipments",
                "s", "ms/1000 shipm.", "peak heap MB");
        row(out, "as it is", scenario.config());
        for (int times : new int[] {10, 100}) {
            row(out, times + "x the organisations", organisations(scenario, times).config());
        }
        row(out, "10x the ports (synthetic)", tenfoldPorts(scenario.config()));
        row(out, "100 years", scenario.with(Map.of("days", JsonNodeFactory.instance.numberNode(36_500))).config());
    }

    /**
     * A synthetic world, never shipped: every port in ten copies (the first keeps its id, the others add _2 ... _10),
     * each with a tenth of the port's containers, every route between copies of the same number, and every land
     * link to each copy. The trade and the supply are the same; there are ten times the ports, routes and options.
     */
    static ModelConfig tenfoldPorts(ModelConfig c) {
        int copies = 10;
        WorldSpec w = c.world();
        List<PortSpec> ports = new ArrayList<>();
        List<RouteSpec> routes = new ArrayList<>();
        for (int k = 1; k <= copies; k++) {
            for (PortSpec p : w.ports()) {
                ports.add(new PortSpec(copy(p.id(), k), p.facts(), p.containersPerDay() / copies,
                        p.wholesalePriceUsdPerKg(), p.corruptibleShare(), p.controls()));
            }
            for (RouteSpec r : w.routes()) {
                routes.add(new RouteSpec(copy(r.origin(), k), r.hub() == null ? null : copy(r.hub(), k),
                        copy(r.destination(), k), r.sailingDays(), r.daysToHub()));
            }
        }
        List<ProducerSpec> producers = new ArrayList<>();
        for (ProducerSpec p : w.producers()) {
            List<ProducerSpec.Link> links = new ArrayList<>();
            for (int k = 1; k <= copies; k++) {
                for (ProducerSpec.Link l : p.links()) {
                    links.add(new ProducerSpec.Link(copy(l.port(), k), l.costUsdPerKg(), l.days(), l.label()));
                }
            }
            producers.add(new ProducerSpec(p.id(), p.supplyKgPerYear(), p.priceUsdPerKg(), links));
        }
        return new ModelConfig(c.scenario() + "-tenfold-ports", c.start(), c.days(), c.warmupDays(),
                new WorldSpec(ports, routes, producers), c.alliance(), c.screening(), c.traffickers(), c.footholds(),
                c.insiders(), c.customs(), c.interventions());
    }

    private static String copy(String id, int k) {
        return k == 1 ? id : id + "_" + k;
    }

    /** The scenario with every producer's organisations multiplied. */
    private static LoadedScenario organisations(LoadedScenario scenario, int times) {
        Map<String, JsonNode> set = new LinkedHashMap<>();
        JsonNode counts = scenario.parameters().path("uncertainties").path("traffickers").path("organisations");
        counts.fields().forEachRemaining(e -> set.put("uncertainties.traffickers.organisations." + e.getKey(),
                JsonNodeFactory.instance.numberNode(e.getValue().asInt() * times)));
        return scenario.with(set);
    }

    private static void row(PrintWriter out, String name, ModelConfig config) {
        BenchCommand.resetPeaks();
        long t0 = System.nanoTime();
        RunResult r = Replication.run(config, 0, 1);
        double seconds = (System.nanoTime() - t0) / 1e9;
        long shipments = (long) r.summary().account(RunAccount.SHIPMENTS);
        out.printf(Locale.ROOT, "%-28s %8d %12d %10.2f %16s %14.0f%n", name, config.days(), shipments, seconds,
                shipments == 0 ? Missing.NA + " (none)" : String.format(Locale.ROOT, "%.2f", 1000 * 1000 * seconds / shipments),
                BenchCommand.peakHeap() / 1e6);
        out.flush();
    }
}
