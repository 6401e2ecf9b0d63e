package portshift.model;

import java.io.Serializable;
import java.util.List;

/**
 * The one place where a port's effective controls are computed: its own, or for an alliance member
 * its own moved the share h (the harmonization) of the way to the members' pooled effort. Pooling
 * shares the members' own effort out and adds none, so three totals over the members stay as they
 * were: screening capacity, skill-weighted capacity (capacity x profiling skill) and TEU-weighted
 * anti-corruption intensity. The pooled figures are computed once a day, and again after any change
 * of controls.
 */
public final class EffectiveControls implements Serializable {
    private static final long serialVersionUID = 2L;

    private final List<Port> ports;
    private Alliance alliance;
    private boolean[] member;
    private long pooledDay = Long.MIN_VALUE;
    /** The members' own capacity over their flow: containers screened per container. */
    private double pooledRate;
    /** The members' skill-weighted capacity (capacity x skill) over their flow. */
    private double pooledSkillRate;
    /** The members' anti-corruption intensity, weighted by their TEU. */
    private double pooledAntiCorruption;

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

    /** Some port's own controls changed: the pooled figures are computed afresh. */
    void changed() {
        pooledDay = Long.MIN_VALUE;
    }

    public boolean isMember(Port port) {
        return member[port.index()];
    }

    /**
     * Containers per day the port screens: for a member {@code (1-h) c + h R f}, with c its own
     * capacity, f its containers per day and R the members' pooled rate.
     */
    public double screeningCapacity(Port port, long today) {
        double own = ownCapacity(port);
        double h = harmonization(port);
        if (h == 0) {
            return own;
        }
        pool(today);
        return (1 - h) * own + h * pooledRate * port.containersPerDay();
    }

    /**
     * Risk-profiling skill at the port: for a member {@code [(1-h) c s + h S f] / capacity}, with s
     * its own skill and S the members' skill-weighted capacity over their flow, so that capacity x
     * skill summed over the members is kept and at h = 1 every member has their capacity-weighted
     * mean skill. A member that screens nothing keeps its own skill, which then selects nothing.
     */
    public double profilingSkill(Port port, long today) {
        double own = port.controls().profilingSkill();
        double h = harmonization(port);
        if (h == 0) {
            return own;
        }
        pool(today);
        double capacity = ownCapacity(port);
        double flow = port.containersPerDay();
        double effective = (1 - h) * capacity + h * pooledRate * flow;
        return effective > 0 ? ((1 - h) * capacity * own + h * pooledSkillRate * flow) / effective : own;
    }

    /**
     * Anti-corruption intensity at the port: for a member {@code (1-h) a + h A}, with A the members'
     * mean intensity weighted by TEU (a port's workforce grows with its TEU), so TEU x intensity
     * summed over the members is kept.
     */
    public double antiCorruption(Port port, long today) {
        double own = port.controls().antiCorruption();
        double h = harmonization(port);
        if (h == 0) {
            return own;
        }
        pool(today);
        return (1 - h) * own + h * pooledAntiCorruption;
    }

    /** h for members, 0 elsewhere. */
    private double harmonization(Port port) {
        return isMember(port) ? alliance.harmonization() : 0;
    }

    private void pool(long today) {
        if (pooledDay == today) {
            return;
        }
        double capacity = 0;
        double skilled = 0;
        double flow = 0;
        double teu = 0;
        double teuIntensity = 0;
        double intensity = 0;
        int members = 0;
        for (Port p : ports) {
            if (isMember(p)) {
                double c = ownCapacity(p);
                capacity += c;
                skilled += c * p.controls().profilingSkill();
                flow += p.containersPerDay();
                teu += p.teuMillionsPerYear();
                teuIntensity += p.teuMillionsPerYear() * p.controls().antiCorruption();
                intensity += p.controls().antiCorruption();
                members++;
            }
        }
        pooledRate = flow > 0 ? capacity / flow : 0;
        pooledSkillRate = flow > 0 ? skilled / flow : 0;
        // members without throughput carry no weight; if none has any, the plain mean
        pooledAntiCorruption = teu > 0 ? teuIntensity / teu : members > 0 ? intensity / members : 0;
        pooledDay = today;
    }

    private static double ownCapacity(Port port) {
        return port.controls().ownCapacityPerDay(port.containersPerDay());
    }
}
