package portshift.optimize;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import portshift.model.Intervention;
import portshift.model.ModelConfig;
import portshift.model.PortControls;
import portshift.model.PortSpec;

/**
 * A scenario with an allocation added on a day: one dated intervention that raises each candidate
 * port's scanners and officers, from what they are on that day (the scenario's own controls and its
 * earlier interventions), by the allocation's counts. The added effort stays: a later intervention of
 * the scenario that sets a port's scanners or officers sets them that much higher too.
 */
public final class AllocationScenario {
    private final ModelConfig base;
    private final long day;
    private final Map<String, PortControls> onTheDay = new LinkedHashMap<>();

    /**
     * @param day the day the added effort arrives (0 = the start date)
     */
    public AllocationScenario(ModelConfig base, long day, List<String> ports) {
        this.base = base;
        this.day = day;
        for (String id : ports) {
            PortSpec spec = base.world().ports().stream().filter(p -> p.id().equals(id)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("unknown port " + id));
            PortControls now = spec.controls();
            for (Intervention i : base.interventions()) {
                PortControls change = i.ports() == null ? null : i.ports().get(id);
                if (change != null && base.dayOf(i) <= day) {
                    now = change.over(now);
                }
            }
            onTheDay.put(id, now);
        }
    }

    /** A candidate port's controls on the day, before the allocation: its own, as the earlier interventions left them. */
    public PortControls controlsOnTheDay(String port) {
        return onTheDay.get(port);
    }

    public long day() {
        return day;
    }

    /** The intervention that adds the allocation (null if it adds nothing). */
    public Intervention intervention(Allocation a) {
        Map<String, PortControls> changes = changes(a);
        return changes.isEmpty() ? null : Intervention.on(day, "added effort: " + a.label()).withPorts(changes);
    }

    /**
     * Per candidate port the allocation adds something at, in the candidates' order: its scanners and officers on the
     * day with the allocation's counts added.
     */
    public Map<String, PortControls> changes(Allocation a) {
        Map<String, PortControls> changes = new LinkedHashMap<>();
        for (int k = 0; k < a.ports().size(); k++) {
            if (a.scanners()[k] == 0 && a.officers()[k] == 0) {
                continue;
            }
            PortControls now = onTheDay.get(a.ports().get(k));
            changes.put(a.ports().get(k), PortControls.NONE.withScanners(now.scanners() + a.scanners()[k])
                    .withOfficers(now.officers() + a.officers()[k]));
        }
        return changes;
    }

    /** The configuration with the allocation added, under the given name. */
    public ModelConfig with(ModelConfig config, Allocation a) {
        Intervention added = intervention(a);
        if (added == null) {
            return config;
        }
        List<Intervention> all = new ArrayList<>();
        for (Intervention i : config.interventions()) {
            all.add(config.dayOf(i) > day ? raised(i, a) : i);
        }
        all.add(added);
        return config.withInterventionsReplaced(all);
    }

    /** A later intervention with the allocation's counts added where it sets a candidate's scanners or officers. */
    static Intervention raised(Intervention i, Allocation a) {
        if (i.ports() == null) {
            return i;
        }
        Map<String, PortControls> ports = new LinkedHashMap<>(i.ports());
        for (int k = 0; k < a.ports().size(); k++) {
            PortControls c = ports.get(a.ports().get(k));
            if (c != null) {
                ports.put(a.ports().get(k), raised(c, a, k));
            }
        }
        return i.withPorts(ports);
    }

    /** Controls with the allocation's scanners and officers at its k-th port added, where they are set. */
    static PortControls raised(PortControls c, Allocation a, int k) {
        PortControls out = c;
        if (c.scanners() != null) {
            out = out.withScanners(c.scanners() + a.scanners()[k]);
        }
        if (c.officers() != null) {
            out = out.withOfficers(c.officers() + a.officers()[k]);
        }
        return out;
    }

    public ModelConfig base() {
        return base;
    }
}
