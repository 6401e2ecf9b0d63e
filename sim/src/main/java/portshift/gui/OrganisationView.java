package portshift.gui;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import portshift.model.Method;
import portshift.model.Port;
import portshift.model.PortRole;
import portshift.model.Route;
import portshift.model.Trafficker;

/** A trafficking organisation as its inspector shows it: capital, stock, beliefs about risk, routes. */
public record OrganisationView(Trafficker organisation, PortshiftWithUI gui) {
    public String getName() { return organisation.name(); }
    public String getProducer() { return organisation.producer().id(); }
    public double getCapitalMillionUsd() { return organisation.capitalUsd() / 1e6; }
    public double getStockKg() { return organisation.stockKg(); }
    public double getLoadSizeKg() { return organisation.lastLoadKg(); }
    public double getBelievedLossShare() { return organisation.lastRiskBelief(); }
    public double getLossTolerance() { return organisation.lossTolerance(); }

    /** Believed chance of losing a load at each European port, rip-on/rip-off and concealed. */
    public String getBelievedRiskAtEuropeanPorts() {
        List<String> rows = new ArrayList<>();
        for (Port p : gui.model().importPorts()) {
            rows.add(String.format(Locale.ROOT, "%s %.0f%% / %.0f%%", p.id(),
                    100 * organisation.beliefs().risk(p, Method.RIP_ON_RIP_OFF),
                    100 * organisation.beliefs().risk(p, Method.CONCEALED_IN_CARGO)));
        }
        return String.join("; ", rows);
    }

    /** The routes it has used most lately (kilograms, with forgetting). */
    public String getCurrentRoutes() {
        if (gui.model().world() == null) {
            return "";
        }
        List<Route> routes = new ArrayList<>(gui.model().world().routes());
        routes.removeIf(r -> organisation.recentKg(r) < 1);
        routes.sort(Comparator.comparingDouble((Route r) -> -organisation.recentKg(r)));
        List<String> rows = new ArrayList<>();
        for (Route r : routes.subList(0, Math.min(8, routes.size()))) {
            rows.add(String.format(Locale.ROOT, "%s %.0f kg", r.label(), organisation.recentKg(r)));
        }
        return String.join("; ", rows);
    }

    /** Ports where it has insiders. */
    public String getInsidersAt() {
        List<String> ports = new ArrayList<>();
        for (Port p : gui.model().world().ports()) {
            if (gui.model().insiders(p).hasLoader(organisation) && p.role() != PortRole.HUB) {
                ports.add(p.id());
            }
        }
        return String.join(", ", ports);
    }
}
