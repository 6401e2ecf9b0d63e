package portshift.scenario;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import portshift.model.Alliance;
import portshift.model.Intervention;
import portshift.model.ModelConfig;
import portshift.model.PortControls;
import portshift.model.PortRole;
import portshift.model.PortSpec;
import portshift.model.ProducerSpec;
import portshift.model.RouteSpec;
import portshift.model.ScreeningRules;
import portshift.model.WorldSpec;

/** Checks a bound {@link Scenario} and turns it into a {@link ModelConfig}, reporting every mistake. */
final class ScenarioResolver {
    private final Fields f;

    ScenarioResolver(Problems problems) {
        this.f = new Fields(problems);
    }

    ModelConfig resolve(Scenario s) {
        String name = f.required(s.name(), "name");
        int days = f.count(s.days(), "days", 1);
        int warmup = f.count(s.warmupDays(), "warmup_days", 0);
        if (s.days() != null && s.warmupDays() != null && warmup >= days) {
            f.problem("warmup_days", "expected fewer than days (" + days + "), found " + warmup);
        }
        f.required(s.start(), "start");
        Sections.World world = f.required(s.world(), "world");
        Sections.Uncertainties u = f.required(s.uncertainties(), "uncertainties");
        ScreeningRules screening = screening(s.screening());
        if (world == null || u == null || f.required(world.ports(), "world.ports") == null) {
            f.problems().throwIfAny();
        }
        Map<String, Sections.PortFacts> facts = world.ports();
        Ids ids = new Ids(f, facts, world.producers());
        if (s.ports() != null) {
            s.ports().keySet().forEach(id -> ids.port(id, "ports." + id));
        }
        List<PortSpec> ports = new PortResolver(f, s, u, ids).resolve();
        List<RouteSpec> routes = new RouteResolver(f, ids).resolve(f.required(world.routes(), "world.routes"));
        List<ProducerSpec> producers = new ProducerResolver(f, ids).resolve(world.producers(), u);
        Alliance alliance = alliance(s.alliance(), ids);
        BehaviourResolver behaviour = new BehaviourResolver(f);
        var traffickers = u.traffickers() == null ? null
                : behaviour.traffickers(u.traffickers(), world.producers() == null ? Set.of() : world.producers().keySet());
        var insiders = u.insiders() == null ? null : behaviour.insiders(u.insiders());
        var customs = u.customs() == null ? null : behaviour.customs(u.customs());
        f.required(u.traffickers(), "uncertainties.traffickers");
        f.required(u.insiders(), "uncertainties.insiders");
        f.required(u.customs(), "uncertainties.customs");
        List<Intervention> interventions = new InterventionResolver(f, ids, this).resolve(s.interventions(), s.start(), days);
        f.problems().throwIfAny();
        return new ModelConfig(name, s.start(), days, warmup, new WorldSpec(ports, routes, producers), alliance, screening,
                traffickers, insiders, customs, interventions);
    }

    private Alliance alliance(Sections.AllianceLevers a, Ids ids) {
        if (a == null) {
            return Alliance.none();
        }
        Set<String> members = new LinkedHashSet<>();
        List<String> given = a.members() == null ? List.of() : a.members();
        for (int i = 0; i < given.size(); i++) {
            String at = "alliance.members[" + i + "]";
            if (ids.port(given.get(i), at, PortRole.IMPORT)) {
                members.add(given.get(i));
            }
        }
        Sections.Standard std = f.required(a.standard(), "alliance.standard");
        return new Alliance(members, f.unit(a.harmonization(), "alliance.harmonization"),
                f.flag(a.sharedIntelligence(), "alliance.shared_intelligence"),
                std == null ? 0 : f.unit(std.profilingSkill(), "alliance.standard.profiling_skill"),
                std == null ? 0 : f.unit(std.antiCorruption(), "alliance.standard.anti_corruption"));
    }

    private ScreeningRules screening(Sections.Screening s) {
        Sections.Screening given = f.required(s, "screening");
        if (given == null) {
            return new ScreeningRules(Set.of(), false);
        }
        return new ScreeningRules(countries(given.riskCountries(), "screening.risk_countries"),
                f.flag(given.riskCountryFirst(), "screening.risk_country_first"));
    }

    /** A list of two-letter ISO country codes. */
    Set<String> countries(List<String> list, String path) {
        List<String> countries = f.required(list, path);
        Set<String> codes = new LinkedHashSet<>();
        for (int i = 0; countries != null && i < countries.size(); i++) {
            String c = countries.get(i);
            if (c == null || !c.matches("[A-Z]{2}")) {
                f.problem(path + "[" + i + "]", "expected a two-letter ISO country code such as EC, found " + c);
            } else {
                codes.add(c);
            }
        }
        return codes;
    }

    /** Controls of a port: its own settings over the defaults for its role. */
    static PortControls controls(Fields f, Sections.PortLevers defaults, Sections.PortLevers own, String ownPath,
                                 String defaultPath) {
        Sections.PortLevers none = new Sections.PortLevers(null, null, null, null, null, null, null, null);
        Sections.PortLevers d = defaults == null ? none : defaults;
        Sections.PortLevers o = own == null ? none : own;
        return new PortControls(
                f.count(pick(o.scanners(), d.scanners()), where(o.scanners(), ownPath, defaultPath, "scanners"), 0),
                f.atLeast(pick(o.containersPerScannerPerDay(), d.containersPerScannerPerDay()),
                        where(o.containersPerScannerPerDay(), ownPath, defaultPath, "containers_per_scanner_per_day"), 0),
                f.count(pick(o.officers(), d.officers()), where(o.officers(), ownPath, defaultPath, "officers"), 0),
                f.atLeast(pick(o.inspectionsPerOfficerPerDay(), d.inspectionsPerOfficerPerDay()),
                        where(o.inspectionsPerOfficerPerDay(), ownPath, defaultPath, "inspections_per_officer_per_day"), 0),
                f.unit(pick(o.profilingSkill(), d.profilingSkill()), where(o.profilingSkill(), ownPath, defaultPath, "profiling_skill")),
                f.unit(pick(o.antiCorruption(), d.antiCorruption()), where(o.antiCorruption(), ownPath, defaultPath, "anti_corruption")),
                f.unit(pick(o.maxScreeningShare(), d.maxScreeningShare()),
                        where(o.maxScreeningShare(), ownPath, defaultPath, "max_screening_share")),
                f.flag(pick(o.originTracing(), d.originTracing()), where(o.originTracing(), ownPath, defaultPath, "origin_tracing")));
    }

    private static String where(Object own, String ownPath, String defaultPath, String field) {
        return (own != null ? ownPath : defaultPath) + "." + field;
    }

    private static <T> T pick(T own, T fallback) {
        return own != null ? own : fallback;
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
            List<ProducerSpec> out = new ArrayList<>();
            if (f.required(all, "world.producers") == null) {
                return out;
            }
            Map<String, Double> supply = f.required(u.supplyTonnesPerYear(), "uncertainties.supply_tonnes_per_year");
            Map<String, Double> price = f.required(u.producerPriceUsdPerKg(), "uncertainties.producer_price_usd_per_kg");
            if (supply != null) {
                supply.keySet().forEach(id -> ids.producer(id, "uncertainties.supply_tonnes_per_year." + id));
            }
            if (price != null) {
                price.keySet().forEach(id -> ids.producer(id, "uncertainties.producer_price_usd_per_kg." + id));
            }
            for (Map.Entry<String, Sections.ProducerFacts> e : all.entrySet()) {
                String id = e.getKey();
                String at = "world.producers." + id;
                List<ProducerSpec.Link> links = new ArrayList<>();
                Sections.ProducerFacts facts = f.required(e.getValue(), at);
                List<Sections.LandLinkFacts> given = facts == null ? null : f.required(facts.links(), at + ".links");
                for (int i = 0; given != null && i < given.size(); i++) {
                    Sections.LandLinkFacts l = given.get(i);
                    String lp = at + ".links[" + i + "]";
                    if (f.required(l, lp) == null) {
                        continue;
                    }
                    String port = f.required(l.port(), lp + ".port");
                    double cost = f.atLeast(l.costUsdPerKg(), lp + ".cost_usd_per_kg", 0);
                    int days = f.count(l.days(), lp + ".days", 0);
                    if (port != null && ids.port(port, lp + ".port", PortRole.EXPORT)) {
                        links.add(new ProducerSpec.Link(port, cost, days, l.label() == null ? port : l.label()));
                    }
                }
                double tonnes = supply == null ? 0 : f.atLeast(supply.get(id), "uncertainties.supply_tonnes_per_year." + id, 0);
                double usd = price == null ? 0 : f.atLeast(price.get(id), "uncertainties.producer_price_usd_per_kg." + id, 0);
                out.add(new ProducerSpec(id, tonnes * 1000, usd, links));
            }
            return out;
        }
    }
}
