package portshift.gui;

import java.util.Map;

import portshift.model.InsiderPool;
import portshift.model.Port;
import portshift.model.PortControls;
import portshift.model.PortMeasure;
import portshift.model.PortshiftModel;

/**
 * A port as its inspector shows it: its customs (scanners and officers, which can be changed), its
 * screening, its insiders, and its flows and seizures over the last 30 days. A change takes effect as
 * an intervention on the current day.
 */
public record PortView(Port port, PortshiftWithUI gui) {
    private PortshiftModel model() {
        return gui.model();
    }

    public String getName() { return port.name() + " (" + port.id() + ")"; }
    public String getCountry() { return port.country(); }
    public String getRole() { return port.role().name(); }
    public double getThroughputMillionTeu() { return port.teuMillionsPerYear(); }
    public boolean isAllianceMember() { return model().world() != null && model().controls().isMember(port); }

    public int getScanners() { return port.controls().scanners(); }

    public void setScanners(int n) {
        if (Declared.allows(PortControls.class, "scanners", n) && n != getScanners()) {
            gui.intervene("scanners at " + port.id() + " set to " + n,
                    Map.of(port.id(), PortControls.NONE.withScanners(n)));
        }
    }

    public int getOfficers() { return port.controls().officers(); }

    public void setOfficers(int n) {
        if (Declared.allows(PortControls.class, "officers", n) && n != getOfficers()) {
            gui.intervene("officers at " + port.id() + " set to " + n,
                    Map.of(port.id(), PortControls.NONE.withOfficers(n)));
        }
    }

    public double getAntiCorruption() { return port.controls().antiCorruption(); }
    public Object domAntiCorruption() { return Declared.domain(PortControls.class, "antiCorruption"); }

    public void setAntiCorruption(double a) {
        if (!Declared.allows(PortControls.class, "antiCorruption", a) || a == getAntiCorruption()) {
            return;
        }
        gui.intervene("anti-corruption at " + port.id() + " set to " + a,
                Map.of(port.id(), PortControls.NONE.withAntiCorruption(a)));
    }

    /** Containers a day the port can screen, after alliance harmonization. */
    public double getScreeningCapacityPerDay() { return model().controls().screeningCapacity(port, model().today()); }

    /** Share of the port's containers it can screen. */
    public double getScreeningShare() {
        return port.containersPerDay() > 0 ? Math.min(1, model().controls().screeningCapacity(port, model().today()) / port.containersPerDay()) : 0;
    }

    public int getInsiders() { return pool() == null ? 0 : pool().active().size(); }
    public int getOrganisationsWithInsiders() { return pool() == null ? 0 : pool().employers(); }
    public long getInsidersArrestedSoFar() { return (long) port.counters().get(PortMeasure.INSIDERS_ARRESTED); }
    public double getKgArrivedLast30Days() { return gui.recent() == null ? 0 : gui.recent().attemptedKg(port); }
    public double getKgSeizedLast30Days() { return gui.recent() == null ? 0 : gui.recent().seizedKg(port); }
    public double getKgDeliveredLast30Days() { return gui.recent() == null ? 0 : gui.recent().deliveredKg(port); }
    public double getKgSeizedSoFar() { return port.counters().get(PortMeasure.SEIZED_KG); }

    private InsiderPool pool() {
        return model().world() == null ? null : model().insiders(port);
    }
}
