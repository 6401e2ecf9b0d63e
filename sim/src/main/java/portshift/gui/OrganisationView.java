package portshift.gui;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import portshift.model.Method;
import portshift.model.Port;
import portshift.model.PortRole;
import portshift.model.Route;
import portshift.model.Trafficker;
import sim.util.Properties;
import sim.util.Propertied;

/**
 * A trafficking organisation as its inspector shows it, in words with units: capital, stock, what it
 * believes of the risk at the main European ports, its routes of late and where it has insiders.
 */
public record OrganisationView(Trafficker organisation, PortshiftWithUI gui) implements Propertied {
    /** Routes shown, the most used first. */
    static final int ROUTES = 3;

    @Override
    public Properties properties() {
        InspectorRows rows = new InspectorRows(this)
                .add("Supplied from", () -> Units.words(organisation.producer().id()), "the producing country it buys from")
                .add("Capital", () -> Units.millionsUsd(organisation.capitalUsd()), "money it can spend")
                .add("Cocaine in stock", () -> Units.tonnes(organisation.stockKg()), "held at the producer, not yet shipped")
                .add("Last load", () -> Units.tonnes(organisation.lastLoadKg()), "the size of the last load it sent")
                .add("Loads it expects to lose", () -> Units.percent(organisation.lastRiskBelief()),
                        "the share of loads it believes are lost, over the routes it weighed last")
                .add("Losses it tolerates", () -> Units.percent(organisation.lossTolerance()),
                        "it drops a route once more than this share of what it sent along it is lost");
        for (String id : LiveCharts.MAIN_PORTS) {
            rows.add("Risk it sees at " + gui.scenario().portName(id), () -> risk(id),
                    "its believed chance of losing a load there: rip-on/rip-off, then concealed in cargo");
        }
        for (int i = 0; i < ROUTES; i++) {
            int k = i;
            rows.add(i == 0 ? "Route used most lately" : "Route used next" + (i == 1 ? "" : " after that"), () -> route(k),
                    "cocaine sent along it lately, with forgetting");
        }
        rows.add("Insiders at", this::insidersAt, "export and import ports where it employs insiders");
        return rows;
    }

    private String risk(String id) {
        Port p = gui.model().world() == null ? null : gui.model().world().port(id);
        if (p == null) {
            return "not known yet";
        }
        return Units.percent(organisation.beliefs().risk(p, Method.RIP_ON_RIP_OFF)) + " rip-on/rip-off, "
                + Units.percent(organisation.beliefs().risk(p, Method.CONCEALED_IN_CARGO)) + " concealed";
    }

    /** The k-th most used route of late, as "Guayaquil to Antwerp-Bruges via Balboa: 1.2 t", or "none". */
    private String route(int k) {
        if (gui.model().world() == null) {
            return "none";
        }
        List<Route> routes = new ArrayList<>(gui.model().world().routes());
        routes.removeIf(r -> organisation.recentKg(r) < 1);
        routes.sort(Comparator.comparingDouble((Route r) -> -organisation.recentKg(r)).thenComparing(Route::label));
        if (k >= routes.size()) {
            return "none";
        }
        Route r = routes.get(k);
        return r.origin().name() + " to " + r.destination().name() + (r.viaHub() ? " via " + r.hub().name() : "") + ": "
                + Units.tonnes(organisation.recentKg(r));
    }

    /** Ports where it has insiders. */
    private String insidersAt() {
        if (gui.model().world() == null) {
            return "none";
        }
        List<String> ports = new ArrayList<>();
        for (Port p : gui.model().world().ports()) {
            if (gui.model().insiders(p).hasLoader(organisation) && p.role() != PortRole.HUB) {
                ports.add(p.name());
            }
        }
        return ports.isEmpty() ? "none" : String.join(", ", ports);
    }
}
