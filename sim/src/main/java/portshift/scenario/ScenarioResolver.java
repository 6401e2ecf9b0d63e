package portshift.scenario;

import java.util.List;
import java.util.Map;

import portshift.model.Alliance;
import portshift.model.Intervention;
import portshift.model.ModelConfig;
import portshift.model.PortRole;
import portshift.model.PortSpec;
import portshift.model.ProducerSpec;
import portshift.model.RouteSpec;
import portshift.model.ScreeningRules;
import portshift.model.WorldSpec;

/**
 * Checks a bound {@link Scenario} and turns it into a {@link ModelConfig}, reporting every mistake.
 * Ranges and required fields are checked against their declarations first; what is left here are
 * the checks that need more than one field: ids that must exist, and orders between fields.
 */
final class ScenarioResolver {
    private final Fields f;

    ScenarioResolver(Problems problems) {
        this.f = new Fields(problems);
    }

    ModelConfig resolve(Scenario s) {
        new Declarations(f).check(s, "");
        if (s.days() != null && s.warmupDays() != null && s.warmupDays() >= s.days()) {
            f.problem("warmup_days", "expected fewer than days (" + s.days() + "), found " + s.warmupDays());
        }
        if (s.start() != null && s.days() != null && !f.problems().reportedHere("days")
                && s.start().plusDays(s.days() - 1L).isAfter(Dates.LAST)) {
            long most = Dates.LAST.toEpochDay() - s.start().toEpochDay() + 1;
            f.problem("days", "expected a run that ends by " + Dates.LAST + " (at most " + most + " days from " + s.start()
                    + "), found " + s.days());
        }
        Sections.World world = s.world();
        Sections.Uncertainties u = s.uncertainties();
        if (world == null || u == null || world.ports() == null) {
            f.problems().throwIfAny();
        }
        Ids ids = new Ids(f, world.ports(), world.producers());
        ids.defined(world.ports().keySet(), "world.ports");
        if (world.producers() != null) {
            ids.defined(world.producers().keySet(), "world.producers");
        }
        if (s.ports() != null) {
            s.ports().keySet().forEach(id -> ids.port(id, "ports." + id));
        }
        List<PortSpec> ports = new PortResolver(f, s, u, ids).resolve();
        List<RouteSpec> routes = new RouteResolver(f, ids).resolve(world.routes());
        List<ProducerSpec> producers = new ProducerResolver(f, ids).resolve(world.producers(), u);
        new BehaviourChecks(f).check(u, world.producers() == null ? List.of() : world.producers().keySet());
        Alliance alliance = alliance(s.alliance(), ids);
        ScreeningRules screening = s.screening();
        if (screening != null) {
            Countries.check(f, screening.riskCountries(), "screening.risk_countries");
        }
        List<Intervention> interventions = new InterventionResolver(f, ids).resolve(s.interventions(), s.start(), s.days());
        f.problems().throwIfAny();
        return new ModelConfig(s.name(), s.start(), s.days(), s.warmupDays(), new WorldSpec(ports, routes, producers),
                alliance, screening, u.traffickers(), u.footholds(), u.insiders(), u.customs(), interventions);
    }

    private Alliance alliance(Alliance a, Ids ids) {
        if (a == null) {
            return Alliance.none();
        }
        ids.alliance(a, "alliance");
        return a.members() != null ? a : new Alliance(List.of(), null, null).over(a);
    }

    /** Producers with their land links, supply and price. */
    private static final class ProducerResolver {
        private final Fields f;
        private final Ids ids;

        ProducerResolver(Fields f, Ids ids) {
            this.f = f;
            this.ids = ids;
        }

        List<ProducerSpec> resolve(Map<String, Sections.ProducerFacts> all, Sections.Uncertainties u) {
            List<ProducerSpec> out = new java.util.ArrayList<>();
            if (all == null) {
                return out;
            }
            Map<String, Double> supply = u.supplyTonnesPerYear();
            Map<String, Double> price = u.producerPriceUsdPerKg();
            if (supply != null) {
                supply.keySet().forEach(id -> ids.producer(id, "uncertainties.supply_tonnes_per_year." + id));
            }
            if (price != null) {
                price.keySet().forEach(id -> ids.producer(id, "uncertainties.producer_price_usd_per_kg." + id));
            }
            for (Map.Entry<String, Sections.ProducerFacts> e : all.entrySet()) {
                String id = e.getKey();
                String at = "world.producers." + id;
                List<ProducerSpec.Link> links = new java.util.ArrayList<>();
                Sections.ProducerFacts facts = f.required(e.getValue(), at);
                List<Sections.LandLinkFacts> given = facts == null ? null : facts.links();
                for (int i = 0; given != null && i < given.size(); i++) {
                    Sections.LandLinkFacts l = given.get(i);
                    String lp = at + ".links[" + i + "]";
                    if (f.required(l, lp) != null && l.port() != null && ids.port(l.port(), lp + ".port", PortRole.EXPORT)) {
                        links.add(new ProducerSpec.Link(l.port(), f.number(l.costUsdPerKg(), lp + ".cost_usd_per_kg"),
                                f.whole(l.days(), lp + ".days"), l.label() == null ? l.port() : l.label()));
                    }
                }
                double tonnes = supply == null ? 0 : f.number(supply.get(id), "uncertainties.supply_tonnes_per_year." + id);
                double usd = price == null ? 0 : f.number(price.get(id), "uncertainties.producer_price_usd_per_kg." + id);
                out.add(new ProducerSpec(id, tonnes * 1000, usd, links));
            }
            return out;
        }
    }
}
