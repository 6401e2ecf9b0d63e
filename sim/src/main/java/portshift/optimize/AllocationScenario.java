package portshift.optimize;

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
    private final Map<String, int[]> onTheDay = new LinkedHashMap<>();

    /**
     * @param day the day the added effort arrives (0 = the start date)
     */
    public AllocationScenario(ModelConfig base, long day, List<String> ports) {
        this.base = base;
        this.day = day;
        for (String id : ports) {
            PortSpec spec = base.world().ports().stream().filter(p -> p.id().equals(id)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("unknown port " + id));
            int[] now = {spec.controls().scanners(), spec.controls().officers()};
            for (Intervention i : base.interventions()) {
                PortControls c = i.ports() == null ? null : i.ports().get(id);
                if (c != null && base.dayOf(i) <= day) {
                    now[0] = c.scanners() != null ? c.scanners() : now[0];
                    now[1] = c.officers() != null ? c.officers() : now[1];
                }
            }
            onTheDay.put(id, now);
        }
    }

    /** Scanners and officers at a candidate port on the day, before the allocation. */
    public int[] controlsOnTheDay(String port) {
        return onTheDay.get(port).clone();
    }

    public long day() {
        return day;
    }

    /** The intervention that adds the allocation (null if it adds nothing). */
    public Intervention intervention(Allocation a) {
        Map<String, PortControls> changes = new LinkedHashMap<>();
        for (int i = 0; i < a.ports().size(); i++) {
            if (a.scanners()[i] == 0 && a.officers()[i] == 0) {
                continue;
            }
            int[] now = onTheDay.get(a.ports().get(i));
            changes.put(a.ports().get(i), PortControls.NONE.withScanners(now[0] + a.scanners()[i])
                    .withOfficers(now[1] + a.officers()[i]));
        }
        return changes.isEmpty() ? null : Intervention.on(day, "added effort: " + a.label()).withPorts(changes);
    }

    /** The configuration with the allocation added, under the given name. */
    public ModelConfig with(ModelConfig config, Allocation a) {
        Intervention added = intervention(a);
        if (added == null) {
            return config;
        }
        List<Intervention> all = new java.util.ArrayList<>();
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
                int[] more = {a.scanners()[k], a.officers()[k]};
                ports.put(a.ports().get(k), raised(c, more));
            }
        }
        return i.withPorts(ports);
    }

    /** Controls with {scanners, officers} more, where they are set. */
    static PortControls raised(PortControls c, int[] more) {
        PortControls out = c;
        if (c.scanners() != null) {
            out = out.withScanners(c.scanners() + more[0]);
        }
        if (c.officers() != null) {
            out = out.withOfficers(c.officers() + more[1]);
        }
        return out;
    }

    /** For a scenario file: the counts the allocation adds at a port ({scanners, officers}), or null if none. */
    public static int[] added(Allocation a, String port) {
        int k = a.ports().indexOf(port);
        return k < 0 || a.scanners()[k] == 0 && a.officers()[k] == 0 ? null : new int[] {a.scanners()[k], a.officers()[k]};
    }

    public ModelConfig base() {
        return base;
    }
}
