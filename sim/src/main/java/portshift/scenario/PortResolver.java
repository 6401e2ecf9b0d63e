package portshift.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import portshift.model.PortRole;
import portshift.model.PortSpec;

/** Builds the port specifications from the world's facts, the uncertainties and the port levers. */
final class PortResolver {
    private final Fields f;
    private final Scenario scenario;
    private final Sections.Uncertainties u;

    PortResolver(Fields f, Scenario scenario, Sections.Uncertainties u) {
        this.f = f;
        this.scenario = scenario;
        this.u = u;
    }

    List<PortSpec> resolve(Map<String, Sections.PortFacts> facts) {
        Sections.Containers containers = f.required(u.containers(), "uncertainties.containers");
        double teuPerContainer = f.range(containers.teuPerContainer(), "uncertainties.containers.teu_per_container", 1, 2);
        Map<PortRole, Double> inspected = f.required(containers.inspectedShare(), "uncertainties.containers.inspected_share");
        Sections.PerPort price = f.required(u.wholesalePriceUsdPerKg(), "uncertainties.wholesale_price_usd_per_kg");
        Sections.PerPort corruptible = f.required(u.corruptibleShare(), "uncertainties.corruptible_share");
        checkIds(price, facts, "uncertainties.wholesale_price_usd_per_kg.ports");
        checkIds(corruptible, facts, "uncertainties.corruptible_share.ports");
        List<PortSpec> out = new ArrayList<>();
        for (Map.Entry<String, Sections.PortFacts> e : facts.entrySet()) {
            String id = e.getKey();
            String at = "world.ports." + id;
            Sections.PortFacts p = f.required(e.getValue(), at);
            PortRole role = f.required(p.role(), at + ".role");
            double teu = f.atLeast(p.teuMillions(), at + ".teu_millions", 0);
            double share = f.unit(inspected.get(role), "uncertainties.containers.inspected_share." + role);
            double perDay = teu * 1e6 / teuPerContainer * share / 365;
            double latam = role == PortRole.IMPORT ? f.unit(p.latamShare(), at + ".latam_share") * perDay : 0;
            double wholesale = role == PortRole.IMPORT ? f.atLeast(perPort(price, id), "uncertainties.wholesale_price_usd_per_kg (" + id + ")", 0) : 0;
            String country = f.required(p.country(), at + ".country");
            if (!country.matches("[A-Z]{2}")) {
                throw f.error(at + ".country", "expected a two-letter ISO country code, found " + country);
            }
            Sections.PortLevers defaults = scenario.portDefaults() == null ? null : scenario.portDefaults().get(role);
            Sections.PortLevers own = scenario.ports() == null ? null : scenario.ports().get(id);
            String leverPath = own != null ? "ports." + id : "port_defaults." + role;
            out.add(new PortSpec(id, p.name() == null ? id : p.name(), country, f.required(p.region(), at + ".region"), role,
                    f.range(p.lat(), at + ".lat", -90, 90), f.range(p.lon(), at + ".lon", -180, 180), teu,
                    perDay, latam, wholesale,
                    f.unit(perPort(corruptible, id), "uncertainties.corruptible_share (" + id + ")"),
                    ScenarioResolver.controls(f, defaults, own, leverPath)));
        }
        return out;
    }

    private static Double perPort(Sections.PerPort values, String id) {
        if (values.ports() != null && values.ports().containsKey(id)) {
            return values.ports().get(id);
        }
        return values.all();
    }

    private void checkIds(Sections.PerPort values, Map<String, Sections.PortFacts> facts, String path) {
        if (values.ports() != null) {
            for (String id : values.ports().keySet()) {
                if (!facts.containsKey(id)) {
                    throw f.error(path + "." + id, "unknown port id '" + id + "'" + Suggest.didYouMean(id, facts.keySet()));
                }
            }
        }
    }
}
