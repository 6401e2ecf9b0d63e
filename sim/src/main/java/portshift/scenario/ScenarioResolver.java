package portshift.scenario;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import portshift.model.Alliance;
import portshift.model.ModelConfig;
import portshift.model.PortControls;
import portshift.model.PortRole;
import portshift.model.PortSpec;
import portshift.model.ProducerSpec;
import portshift.model.RouteSpec;
import portshift.model.ScreeningRules;
import portshift.model.WorldSpec;

/** Checks a bound {@link Scenario} and turns it into a {@link ModelConfig}. */
public final class ScenarioResolver {
    private final String file;
    private final Fields f;

    public ScenarioResolver(String file) {
        this.file = file;
        this.f = new Fields(file);
    }

    public ModelConfig resolve(Scenario s) {
        String name = f.required(s.name(), "name");
        int days = f.count(s.days(), "days", 1);
        int warmup = f.count(s.warmupDays(), "warmup_days", 0);
        if (warmup >= days) {
            throw f.error("warmup_days", "expected fewer than days (" + days + "), found " + warmup);
        }
        Sections.World world = f.required(s.world(), "world");
        Sections.Uncertainties u = f.required(s.uncertainties(), "uncertainties");
        Map<String, Sections.PortFacts> facts = f.required(world.ports(), "world.ports");
        if (s.ports() != null) {
            for (String id : s.ports().keySet()) {
                known(facts.keySet(), id, "ports." + id);
            }
        }
        List<PortSpec> ports = new PortResolver(f, s, u).resolve(facts);
        List<RouteSpec> routes = new RouteResolver(f, facts).resolve(f.required(world.routes(), "world.routes"));
        List<ProducerSpec> producers = producers(world, u, facts);
        BehaviourResolver behaviour = new BehaviourResolver(f);
        return new ModelConfig(name, f.required(s.start(), "start"), days, warmup,
                new WorldSpec(ports, routes, producers), alliance(s.alliance(), facts), screening(s.screening()),
                behaviour.traffickers(f.required(u.traffickers(), "uncertainties.traffickers"), world.producers().keySet()),
                behaviour.insiders(f.required(u.insiders(), "uncertainties.insiders")),
                behaviour.customs(f.required(u.customs(), "uncertainties.customs")));
    }

    private List<ProducerSpec> producers(Sections.World world, Sections.Uncertainties u,
                                         Map<String, Sections.PortFacts> facts) {
        Map<String, Sections.ProducerFacts> all = f.required(world.producers(), "world.producers");
        Map<String, Double> supply = f.required(u.supplyTonnesPerYear(), "uncertainties.supply_tonnes_per_year");
        Map<String, Double> price = f.required(u.producerPriceUsdPerKg(), "uncertainties.producer_price_usd_per_kg");
        for (String id : supply.keySet()) {
            known(all.keySet(), id, "uncertainties.supply_tonnes_per_year." + id);
        }
        for (String id : price.keySet()) {
            known(all.keySet(), id, "uncertainties.producer_price_usd_per_kg." + id);
        }
        List<ProducerSpec> out = new ArrayList<>();
        for (Map.Entry<String, Sections.ProducerFacts> e : all.entrySet()) {
            String id = e.getKey();
            String at = "world.producers." + id;
            List<ProducerSpec.Link> links = new ArrayList<>();
            List<Sections.LandLinkFacts> given = f.required(f.required(e.getValue(), at).links(), at + ".links");
            for (int i = 0; i < given.size(); i++) {
                Sections.LandLinkFacts l = given.get(i);
                String lp = at + ".links[" + i + "]";
                String port = f.required(l.port(), lp + ".port");
                known(facts.keySet(), port, lp + ".port");
                if (facts.get(port).role() != PortRole.EXPORT) {
                    throw f.error(lp + ".port", "expected an EXPORT port, found " + port + " (" + facts.get(port).role() + ")");
                }
                links.add(new ProducerSpec.Link(port, f.atLeast(l.costUsdPerKg(), lp + ".cost_usd_per_kg", 0),
                        f.count(l.days(), lp + ".days", 0), l.label() == null ? port : l.label()));
            }
            double tonnes = f.atLeast(supply.get(id), "uncertainties.supply_tonnes_per_year." + id, 0);
            out.add(new ProducerSpec(id, tonnes * 1000, f.atLeast(price.get(id), "uncertainties.producer_price_usd_per_kg." + id, 0), links));
        }
        return out;
    }

    private Alliance alliance(Sections.AllianceLevers a, Map<String, Sections.PortFacts> facts) {
        if (a == null) {
            return Alliance.none();
        }
        Set<String> members = new LinkedHashSet<>();
        List<String> given = a.members() == null ? List.of() : a.members();
        for (int i = 0; i < given.size(); i++) {
            String id = given.get(i);
            known(facts.keySet(), id, "alliance.members[" + i + "]");
            if (facts.get(id).role() != PortRole.IMPORT) {
                throw f.error("alliance.members[" + i + "]", "expected a European IMPORT port, found " + id);
            }
            members.add(id);
        }
        Sections.Standard std = f.required(a.standard(), "alliance.standard");
        return new Alliance(members, f.unit(a.harmonization(), "alliance.harmonization"),
                f.required(a.sharedIntelligence(), "alliance.shared_intelligence"),
                f.unit(std.profilingSkill(), "alliance.standard.profiling_skill"),
                f.unit(std.antiCorruption(), "alliance.standard.anti_corruption"));
    }

    private ScreeningRules screening(Sections.Screening s) {
        Sections.Screening given = f.required(s, "screening");
        List<String> countries = f.required(given.riskCountries(), "screening.risk_countries");
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < countries.size(); i++) {
            String c = countries.get(i);
            if (c == null || !c.matches("[A-Z]{2}")) {
                throw f.error("screening.risk_countries[" + i + "]", "expected a two-letter ISO country code such as EC, found " + c);
            }
            codes.add(c);
        }
        return new ScreeningRules(codes, f.required(given.riskCountryFirst(), "screening.risk_country_first"));
    }

    void known(Set<String> ids, String id, String path) {
        if (!ids.contains(id)) {
            throw f.error(path, "unknown port or producer id '" + id + "'" + Suggest.didYouMean(id, ids));
        }
    }

    String file() {
        return file;
    }

    /** Controls of a port: its own settings over the defaults for its role. */
    static PortControls controls(Fields f, Sections.PortLevers defaults, Sections.PortLevers own, String path) {
        Sections.PortLevers d = defaults == null ? new Sections.PortLevers(null, null, null, null, null, null, null, null) : defaults;
        Sections.PortLevers o = own == null ? d : own;
        return new PortControls(
                f.count(pick(o.scanners(), d.scanners()), path + ".scanners", 0),
                f.atLeast(pick(o.containersPerScannerPerDay(), d.containersPerScannerPerDay()), path + ".containers_per_scanner_per_day", 0),
                f.count(pick(o.officers(), d.officers()), path + ".officers", 0),
                f.atLeast(pick(o.inspectionsPerOfficerPerDay(), d.inspectionsPerOfficerPerDay()), path + ".inspections_per_officer_per_day", 0),
                f.unit(pick(o.profilingSkill(), d.profilingSkill()), path + ".profiling_skill"),
                f.unit(pick(o.antiCorruption(), d.antiCorruption()), path + ".anti_corruption"),
                f.unit(pick(o.maxScreeningShare(), d.maxScreeningShare()), path + ".max_screening_share"),
                f.required(pick(o.originTracing(), d.originTracing()), path + ".origin_tracing"));
    }

    private static <T> T pick(T own, T fallback) {
        return own != null ? own : fallback;
    }
}
