package portshift.gui;

import java.util.Map;

import portshift.model.InsiderPool;
import portshift.model.Port;
import portshift.model.PortControls;
import portshift.model.PortMeasure;
import portshift.model.PortshiftModel;
import sim.util.Properties;
import sim.util.Propertied;

/**
 * A port as its inspector shows it, in words with units: its customs (scanners, officers and
 * anti-corruption effort, which can be changed), its screening, its insiders, and its flows and
 * seizures over the last 30 days. A change takes effect as an intervention on the current day.
 */
public record PortView(Port port, PortshiftWithUI gui) implements Propertied {
    private PortshiftModel model() {
        return gui.model();
    }

    private boolean running() {
        return model().world() != null;
    }

    @Override
    public Properties properties() {
        return new InspectorRows(this)
                .add("Country", () -> Units.country(port.country()), "where the port is")
                .add("Role", this::role, "what the port is in the trade")
                .add("Containers a year", () -> String.format(java.util.Locale.ENGLISH, "%.1f million TEU",
                        port.teuMillionsPerYear()), "throughput in twenty-foot equivalent units")
                .add("In the alliance", () -> Units.yesNo(isAllianceMember()), "a member of the alliance of ports now")
                .editable("Container scanners", () -> Units.count(scanners(), "scanner", "scanners"),
                        "scanners in service; type a number to change it from today", n -> setScanners((int) Math.round(n)))
                .editable("Customs officers", () -> Units.count(officers(), "officer", "officers"),
                        "officers on container control; type a number to change it from today",
                        n -> setOfficers((int) Math.round(n)))
                .editable("Anti-corruption effort", () -> Units.percent(antiCorruption()),
                        "vetting, rotation and prosecution, from 0% to 100%; type a percentage to change it from today",
                        n -> setAntiCorruption(n > 1 ? n / 100 : n))
                .add("Can screen", () -> Units.whole(screeningCapacityPerDay()) + " containers a day",
                        "containers a day its scanners and officers can screen, after alliance harmonization")
                .add("Share of containers screened", () -> Units.percent(screeningShare()),
                        "the share of its containers it can screen")
                .add("Insiders working for traffickers", () -> Units.count(insiders(), "insider", "insiders"),
                        "corrupt port workers active now")
                .add("Organisations with insiders here", () -> Units.count(organisationsWithInsiders(), "organisation",
                        "organisations"), "trafficking organisations that employ insiders at this port")
                .add("Insiders arrested so far", () -> Units.count(insidersArrested(), "insider", "insiders"),
                        "since the start of the run")
                .add("Cocaine arriving, last 30 days", () -> Units.tonnes(kgArrivedLast30Days()),
                        "cocaine in loads that reached the port in the last 30 days")
                .add("Seized, last 30 days", () -> Units.tonnes(kgSeizedLast30Days()), "cocaine seized here in the last 30 days")
                .add("Got through, last 30 days", () -> Units.tonnes(kgDeliveredLast30Days()),
                        "cocaine that left the port unseized in the last 30 days")
                .add("Seized since the start", () -> Units.tonnes(kgSeizedSoFar()), "cocaine seized here since the run began");
    }

    private String role() {
        return switch (port.role()) {
            case IMPORT -> "European import port";
            case EXPORT -> "Latin American export port";
            case HUB -> "transshipment hub";
        };
    }

    boolean isAllianceMember() { return gui.isMember(port); }

    int scanners() { return port.controls().scanners(); }

    boolean setScanners(int n) {
        return setControl("scanners", "scanners", n, String.valueOf(n), scanners(), PortControls.NONE.withScanners(n));
    }

    int officers() { return port.controls().officers(); }

    boolean setOfficers(int n) {
        return setControl("officers", "officers", n, String.valueOf(n), officers(), PortControls.NONE.withOfficers(n));
    }

    double antiCorruption() { return port.controls().antiCorruption(); }

    boolean setAntiCorruption(double a) {
        // whole percentages: what the user typed, without the floating-point tail
        double rounded = Math.round(a * 100) / 100.0;
        return setControl("antiCorruption", "anti-corruption", rounded, String.valueOf(rounded), antiCorruption(),
                PortControls.NONE.withAntiCorruption(rounded));
    }

    /**
     * Sets one of the port's controls (the field of {@link PortControls} named) while a run is going and the value is
     * within its declared range; an intervention, named with the value as shown, is made only if the value changes.
     * False if it is refused.
     */
    private boolean setControl(String field, String label, double value, String shown, double now,
                               PortControls change) {
        if (!running() || !Declared.allows(PortControls.class, field, value)) {
            return false;
        }
        if (value != now) {
            gui.intervene(label + " at " + port.id() + " set to " + shown, Map.of(port.id(), change));
        }
        return true;
    }

    /** Containers a day the port can screen, after alliance harmonization. */
    double screeningCapacityPerDay() { return model().controls().screeningCapacity(port, model().today()); }

    /** Share of the port's containers it can screen. */
    double screeningShare() {
        return port.containersPerDay() > 0 ? Math.min(1, screeningCapacityPerDay() / port.containersPerDay()) : 0;
    }

    int insiders() { return pool() == null ? 0 : pool().active().size(); }
    int organisationsWithInsiders() { return pool() == null ? 0 : pool().employers(); }
    long insidersArrested() { return (long) port.counters().get(PortMeasure.INSIDERS_ARRESTED); }
    double kgArrivedLast30Days() { return gui.recent() == null ? 0 : gui.recent().attemptedKg(port); }
    double kgSeizedLast30Days() { return gui.recent() == null ? 0 : gui.recent().seizedKg(port); }
    double kgDeliveredLast30Days() { return gui.recent() == null ? 0 : gui.recent().deliveredKg(port); }
    double kgSeizedSoFar() { return port.counters().get(PortMeasure.SEIZED_KG); }

    private InsiderPool pool() {
        return running() ? model().insiders(port) : null;
    }
}
