package portshift.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import portshift.model.PortControls;
import portshift.model.PortFacts;
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
        Sections.Containers containers = u.containers();
        Sections.PerPort price = u.wholesalePriceUsdPerKg();
        Sections.PerPort corruptible = u.corruptibleShare();
        if (containers == null || price == null || corruptible == null) {
            return out;
        }
        double teuPerContainer = f.number(containers.teuPerContainer(), "uncertainties.containers.teu_per_container");
        Map<PortRole, Double> inspected = containers.inspectedShare();
        checkIds(price, "uncertainties.wholesale_price_usd_per_kg.ports");
        checkIds(corruptible, "uncertainties.corruptible_share.ports");
        for (Map.Entry<String, PortFacts> e : ids.ports().entrySet()) {
            String id = e.getKey();
            String at = "world.ports." + id;
            PortFacts p = f.required(e.getValue(), at);
            if (p == null || p.role() == null) {
                continue;
            }
            PortRole role = p.role();
            double teu = f.number(p.teuMillions(), at + ".teu_millions");
            double share = inspected == null || inspected.get(role) == null ? 0 : inspected.get(role);
            double perDay = teu * 1e6 / teuPerContainer * share / 365;
            double wholesale = 0;
            if (role == PortRole.IMPORT) {
                f.required(p.latamShare(), at + ".latam_share");
                wholesale = f.number(perPort(price, id), perPortPath("uncertainties.wholesale_price_usd_per_kg", price, id));
            }
            if (p.country() != null && !p.country().matches("[A-Z]{2}") && !f.problems().reportedHere(at + ".country")) {
                f.problem(at + ".country", "expected a two-letter ISO country code such as BE, found "
                        + Shown.value(p.country()));
            }
            out.add(new PortSpec(id, p, perDay, wholesale,
                    f.number(perPort(corruptible, id), perPortPath("uncertainties.corruptible_share", corruptible, id)),
                    controls(id, role)));
        }
        return out;
    }

    /** A port's own controls over the defaults for its role; every lever must be set by one of them. */
    private PortControls controls(String id, PortRole role) {
        PortControls defaults = scenario.portDefaults() == null ? null : scenario.portDefaults().get(role);
        PortControls own = scenario.ports() == null ? null : scenario.ports().get(id);
        PortControls merged = (own == null ? PortControls.NONE : own).over(defaults);
        new Declarations(f).complete(merged, field -> "port_defaults." + role + "." + field);
        return merged;
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
