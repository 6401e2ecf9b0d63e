package portshift.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import portshift.model.LargestRemainders;
import portshift.model.ModelConfig;
import portshift.model.PortSpec;
import portshift.model.ProducerSpec;
import portshift.model.RouteSpec;
import portshift.model.WorldSpec;
import portshift.scenario.LoadedScenario;

/** Larger worlds made from a scenario for the bench, never shipped: more organisations, more ports, or both. */
final class SyntheticWorlds {
    private SyntheticWorlds() {
    }

    /** The scenario with every producer's organisations multiplied. */
    static LoadedScenario organisationsTimes(LoadedScenario scenario, int times) {
        Map<String, JsonNode> set = new LinkedHashMap<>();
        counts(scenario).forEach((producer, n) -> set.put("uncertainties.traffickers.organisations." + producer,
                JsonNodeFactory.instance.numberNode(n * times)));
        return scenario.with(set);
    }

    /** The scenario with this many organisations in all, shared among the producers as the scenario shares its own. */
    static LoadedScenario organisations(LoadedScenario scenario, int total) {
        Map<String, Integer> counts = counts(scenario);
        double[] weights = counts.values().stream().mapToDouble(Integer::doubleValue).toArray();
        int[] shared = LargestRemainders.of(total, weights);
        Map<String, JsonNode> set = new LinkedHashMap<>();
        int i = 0;
        for (String producer : counts.keySet()) {
            set.put("uncertainties.traffickers.organisations." + producer,
                    JsonNodeFactory.instance.numberNode(shared[i++]));
        }
        return scenario.with(set);
    }

    private static Map<String, Integer> counts(LoadedScenario scenario) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        scenario.parameters().path("uncertainties").path("traffickers").path("organisations").fields()
                .forEachRemaining(e -> counts.put(e.getKey(), e.getValue().asInt()));
        return counts;
    }

    /**
     * Every port in copies (the first keeps its id, the others add _2, _3 ...), each with its share of the port's
     * containers, every route between copies of the same number, and every land link to each copy. The trade and the
     * supply are the same; there are that many times the ports, routes and options.
     */
    static ModelConfig copiedPorts(ModelConfig c, int copies) {
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
        return new ModelConfig(c.scenario() + "-ports-x" + copies, c.start(), c.days(), c.warmupDays(),
                new WorldSpec(ports, routes, producers), c.alliance(), c.screening(), c.traffickers(), c.footholds(),
                c.insiders(), c.customs(), c.interventions());
    }

    private static String copy(String id, int k) {
        return k == 1 ? id : id + "_" + k;
    }
}
