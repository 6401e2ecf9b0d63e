package portshift.gui;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import portshift.model.Alliance;
import portshift.model.Port;
import portshift.model.PortControls;
import sim.util.Properties;
import sim.util.Propertied;

/**
 * The Model tab: the main levers while the model runs. Each change takes effect as an intervention
 * on the current day and is logged with the run's applied interventions. The tab shows them in words
 * with units ({@link #properties()}); the bean methods below are the same levers for code and tests.
 */
public final class LeverPanel implements Propertied {
    /** Members the alliance gets when switched on in a scenario that names none. */
    static final List<String> DEFAULT_MEMBERS = List.of("ANTWERP", "ROTTERDAM", "HAMBURG", "BREMERHAVEN", "VLISSINGEN",
            "LE_HAVRE", "DUNKIRK", "MARSEILLE", "ALGECIRAS", "VALENCIA", "BARCELONA", "SINES", "GENOA", "GIOIA_TAURO",
            "PIRAEUS", "GDANSK");

    private final PortshiftWithUI gui;
    private String port = "ANTWERP";

    LeverPanel(PortshiftWithUI gui) {
        this.gui = gui;
    }

    private Port chosen() {
        return gui.model().world() == null ? null : gui.model().world().port(port);
    }

    /** The tab's rows: the date, the port chosen and its levers, the alliance's, and what was applied. */
    @Override
    public Properties properties() {
        String[] ids = gui.scenario().portIds();
        String[] names = new String[ids.length];
        for (int i = 0; i < ids.length; i++) {
            names[i] = gui.scenario().portName(ids[i]);
        }
        return new InspectorRows(this)
                .add("Date", this::getDate, "the simulated day")
                .menu("Port to change", names, () -> java.util.Arrays.asList(ids).indexOf(port),
                        "the port whose scanners and anti-corruption effort the next two rows change", i -> {
                            int k = (int) i;
                            if (k < 0 || k >= ids.length) {
                                return false;
                            }
                            port = ids[k];
                            return true;
                        })
                .editable("Container scanners there", () -> Units.count(getScannersAtPort(), "scanner", "scanners"),
                        "scanners in service at the port chosen; type a number to change it from today", n -> {
                            int k = (int) Math.round(n);
                            if (chosen() == null || !Declared.allows(PortControls.class, "scanners", k)) {
                                return false;
                            }
                            setScannersAtPort(k);
                            return true;
                        })
                .editable("Anti-corruption effort there", () -> Units.percent(getAntiCorruptionAtPort()),
                        "vetting, rotation and prosecution at the port chosen, 0% to 100%; type a percentage", n -> {
                            double a = Math.round((n > 1 ? n / 100 : n) * 100) / 100.0;
                            if (chosen() == null || !Declared.allows(PortControls.class, "antiCorruption", a)) {
                                return false;
                            }
                            setAntiCorruptionAtPort(a);
                            return true;
                        })
                .checkBox("Alliance of ports on", this::isAllianceOn, "the alliance in force, with its members", n -> {
                    if (gui.model().world() == null) {
                        return false;
                    }
                    setAllianceOn(n != 0);
                    return true;
                })
                .editable("Harmonization in the alliance", () -> Units.percent(getHarmonization()),
                        "how far each member moves towards its share of the members' pooled effort, 0% to 100%; type a percentage", n -> {
                            double h = Math.round((n > 1 ? n / 100 : n) * 100) / 100.0;
                            if (gui.model().world() == null || !Declared.allows(Alliance.class, "harmonization", h)) {
                                return false;
                            }
                            setHarmonization(h);
                            return true;
                        })
                .checkBox("Shared seizure intelligence", this::isSharedIntelligence,
                        "a seizure at one member flags matching containers at every member", n -> {
                            if (gui.model().world() == null) {
                                return false;
                            }
                            setSharedIntelligence(n != 0);
                            return true;
                        })
                .add("Interventions so far", this::lastIntervention, "the scenario's dated interventions and the changes made here, "
                        + "all logged in the run's manifest.json");
    }

    /** How many interventions were applied, and the last one with its date. */
    private String lastIntervention() {
        if (gui.model().world() == null) {
            return "none yet";
        }
        var applied = gui.model().appliedInterventions();
        if (applied.isEmpty()) {
            return "none yet";
        }
        var last = applied.get(applied.size() - 1);
        return applied.size() + "; the last on " + gui.model().calendar().date(last.day())
                .format(java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy", java.util.Locale.ENGLISH)) + ": "
                + last.intervention().name();
    }

    public String getDate() { return gui.dateLabel(); }

    /** The chosen port, as an index into {@link #domPort()} (the Console shows it as a menu of port ids). */
    public int getPort() {
        if (gui.model().world() == null) {
            return 0;
        }
        Port p = gui.model().world().port(port);
        return p == null ? 0 : p.index();
    }

    public void setPort(int index) {
        if (gui.model().world() != null && index >= 0 && index < gui.model().world().ports().size()) {
            port = gui.model().world().ports().get(index).id();
        }
    }

    public Object domPort() {
        if (gui.model().world() == null) {
            return gui.scenario().portIds();
        }
        return gui.model().world().ports().stream().map(Port::id).toArray(String[]::new);
    }

    /** Chooses a port by id. */
    void select(String id) {
        if (gui.model().world() != null && gui.model().world().port(id) != null) {
            port = id;
        }
    }

    public int getScannersAtPort() { return chosen() == null ? 0 : chosen().controls().scanners(); }

    public void setScannersAtPort(int n) {
        if (chosen() != null && Declared.allows(PortControls.class, "scanners", n) && n != getScannersAtPort()) {
            gui.intervene("scanners at " + port + " set to " + n,
                    Map.of(port, PortControls.NONE.withScanners(n)));
        }
    }

    public double getAntiCorruptionAtPort() { return chosen() == null ? 0 : chosen().controls().antiCorruption(); }
    public Object domAntiCorruptionAtPort() { return Declared.domain(PortControls.class, "antiCorruption"); }

    public void setAntiCorruptionAtPort(double a) {
        if (chosen() != null && Declared.allows(PortControls.class, "antiCorruption", a) && a != getAntiCorruptionAtPort()) {
            gui.intervene("anti-corruption at " + port + " set to " + a,
                    Map.of(port, PortControls.NONE.withAntiCorruption(a)));
        }
    }

    /** The alliance in force, or none before the first start. */
    private Alliance alliance() {
        return gui.model().alliance() == null ? Alliance.none() : gui.model().alliance();
    }

    public boolean isAllianceOn() { return !alliance().members().isEmpty(); }

    public void setAllianceOn(boolean on) {
        if (on == isAllianceOn()) {
            return;
        }
        List<String> members = new ArrayList<>();
        if (on) {
            Set<String> configured = gui.scenario().configuredMembers();
            members.addAll(configured.isEmpty() ? DEFAULT_MEMBERS : configured);
        }
        gui.intervene(on ? "alliance switched on" : "alliance switched off", new Alliance(members, null, null));
    }

    public double getHarmonization() { return alliance().harmonization(); }
    public Object domHarmonization() { return Declared.domain(Alliance.class, "harmonization"); }

    public void setHarmonization(double h) {
        if (Declared.allows(Alliance.class, "harmonization", h) && h != getHarmonization()) {
            gui.intervene("harmonization set to " + h, new Alliance(null, h, null));
        }
    }

    public boolean isSharedIntelligence() { return alliance().sharedIntelligence(); }

    public void setSharedIntelligence(boolean on) {
        if (on == isSharedIntelligence()) {
            return;
        }
        gui.intervene("shared intelligence " + (on ? "on" : "off"),
                new Alliance(null, null, on));
    }

    /** The interventions applied so far, scenario's and the Model tab's. */
    public String getInterventionsApplied() {
        if (gui.model().world() == null) {
            return "";
        }
        return String.join("; ", gui.model().appliedInterventions().stream()
                .map(a -> "day " + a.day() + ": " + a.intervention().name()).toList());
    }
}
