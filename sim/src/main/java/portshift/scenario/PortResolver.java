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
    private final Ids ids;

    PortResolver(Fields f, Scenario scenario, Sections.Uncertainties u, Ids ids) {
        this.f = f;
        this.scenario = scenario;
        this.u = u;
        this.ids = ids;
    }

    List<PortSpec> resolve() {
        List<PortSpec> out = new ArrayList<>();
        Sections.Containers containers = f.required(u.containers(), "uncertainties.containers");
        Sections.PerPort price = f.required(u.wholesalePriceUsdPerKg(), "uncertainties.wholesale_price_usd_per_kg");
        Sections.PerPort corruptible = f.required(u.corruptibleShare(), "uncertainties.corruptible_share");
        if (containers == null || price == null || corruptible == null) {
            return out;
        }
        double teuPerContainer = f.range(containers.teuPerContainer(), "uncertainties.containers.teu_per_container", 1, 2);
        Map<PortRole, Double> inspected = f.required(containers.inspectedShare(), "uncertainties.containers.inspected_share");
        checkIds(price, "uncertainties.wholesale_price_usd_per_kg.ports");
        checkIds(corruptible, "uncertainties.corruptible_share.ports");
        for (Map.Entry<String, Sections.PortFacts> e : ids.ports().entrySet()) {
            String id = e.getKey();
            String at = "world.ports." + id;
            Sections.PortFacts p = f.required(e.getValue(), at);
            PortRole role = p == null ? null : f.required(p.role(), at + ".role");
            if (role == null) {
                continue;
            }
            double teu = f.atLeast(p.teuMillions(), at + ".teu_millions", 0);
            double share = inspected == null ? 0 : f.unit(inspected.get(role), "uncertainties.containers.inspected_share." + role);
            double perDay = teu * 1e6 / teuPerContainer * share / 365;
            double latam = role == PortRole.IMPORT ? f.unit(p.latamShare(), at + ".latam_share") * perDay : 0;
            double wholesale = role == PortRole.IMPORT
                    ? f.atLeast(perPort(price, id), perPortPath("uncertainties.wholesale_price_usd_per_kg", price, id), 0) : 0;
            String country = f.required(p.country(), at + ".country");
            if (country != null && !country.matches("[A-Z]{2}")) {
                f.problem(at + ".country", "expected a two-letter ISO country code such as BE, found " + country);
            }
            Sections.PortLevers defaults = scenario.portDefaults() == null ? null : scenario.portDefaults().get(role);
            Sections.PortLevers own = scenario.ports() == null ? null : scenario.ports().get(id);
            out.add(new PortSpec(id, p.name() == null ? id : p.name(), country == null ? "XX" : country,
                    f.required(p.region(), at + ".region"), role,
                    f.range(p.lat(), at + ".lat", -90, 90), f.range(p.lon(), at + ".lon", -180, 180), teu,
                    perDay, latam, wholesale,
                    f.unit(perPort(corruptible, id), perPortPath("uncertainties.corruptible_share", corruptible, id)),
                    ScenarioResolver.controls(f, defaults, own, "ports." + id, "port_defaults." + role)));
        }
        return out;
    }

    private static Double perPort(Sections.PerPort values, String id) {
        if (values.ports() != null && values.ports().containsKey(id)) {
            return values.ports().get(id);
        }
        return values.all();
    }

    private static String perPortPath(String base, Sections.PerPort values, String id) {
        return values.ports() != null && values.ports().containsKey(id) ? base + ".ports." + id : base + ".all";
    }

    private void checkIds(Sections.PerPort values, String path) {
        if (values.ports() != null) {
            values.ports().keySet().forEach(id -> ids.port(id, path + "." + id));
        }
    }
}
