package portshift.model;

import java.io.Serializable;
import java.util.List;

/**
 * The one place where a port's effective controls are computed: its own, or for an alliance member
 * its own blended with the alliance standard. The standard screening rate is the members' pooled
 * rate (their total capacity over their total flow), so harmonization moves capacity between members
 * without adding any; it is computed once a day, and again after any change of controls.
 */
public final class EffectiveControls implements Serializable {
    private static final long serialVersionUID = 1L;

    private final List<Port> ports;
    private Alliance alliance;
    private boolean[] member;
    private long pooledDay = Long.MIN_VALUE;
    private double pooledRate;

    EffectiveControls(List<Port> ports, Alliance alliance) {
        this.ports = ports;
        set(alliance);
    }

    public Alliance alliance() {
        return alliance;
    }

    /** A new alliance policy, from today. */
    void set(Alliance a) {
        alliance = a;
        member = new boolean[ports.size()];
        for (Port p : ports) {
            member[p.index()] = a.members().contains(p.id());
        }
        changed();
    }

    /** An intervention's change of the alliance, laid over the current settings. */
    void change(Alliance change) {
        set(change.over(alliance));
    }

    /** Some port's own controls changed: the pooled rate is computed afresh. */
    void changed() {
        pooledDay = Long.MIN_VALUE;
    }

    public boolean isMember(Port port) {
        return member[port.index()];
    }

    /** Containers per day the port screens, after harmonization. */
    public double screeningCapacity(Port port, long today) {
        double own = ownCapacity(port);
        double h = isMember(port) ? alliance.harmonization() : 0;
        return h == 0 ? own : (1 - h) * own + h * pooledRate(today) * port.containersPerDay();
    }

    /** Risk-profiling skill at the port, after harmonization. */
    public double profilingSkill(Port port) {
        return blend(port, port.controls().profilingSkill(), alliance.standard().profilingSkill());
    }

    /** Anti-corruption intensity at the port, after harmonization. */
    public double antiCorruption(Port port) {
        return blend(port, port.controls().antiCorruption(), alliance.standard().antiCorruption());
    }

    /** (1 - h) * own + h * standard, with h the harmonization for members and 0 elsewhere. */
    private double blend(Port port, double own, double standard) {
        double h = isMember(port) ? alliance.harmonization() : 0;
        return (1 - h) * own + h * standard;
    }

    private double pooledRate(long today) {
        if (pooledDay != today) {
            double capacity = 0;
            double flow = 0;
            for (Port p : ports) {
                if (isMember(p)) {
                    capacity += ownCapacity(p);
                    flow += p.containersPerDay();
                }
            }
            pooledRate = flow > 0 ? capacity / flow : 0;
            pooledDay = today;
        }
        return pooledRate;
    }

    private static double ownCapacity(Port port) {
        return port.controls().ownCapacityPerDay(port.containersPerDay());
    }
}
