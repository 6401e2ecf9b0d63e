package portshift.model;

import java.io.Serializable;
import java.util.List;

/**
 * The one place where a port's effective controls are computed: its own, or for an alliance member its own after
 * the alliance's common risk criteria and harmonization.
 * <ul>
 * <li>Common risk criteria raise a member's profiling skill toward the best member's own, linearly over the
 * adoption period from the day they are agreed: shared rules for selecting containers, which the members with
 * the weakest targeting gain most from. This adds effort.</li>
 * <li>Harmonization moves a member the share h of the way to its part of the members' pooled effort, shared out
 * by the pooling key (containers from Latin America, or all containers as a variant). It adds none: three totals
 * over the members stay as they were, screening capacity, skill-weighted capacity (capacity x profiling skill)
 * and TEU-weighted anti-corruption intensity.</li>
 * </ul>
 * The pooled figures are computed once a day, and again after any change of controls.
 */
public final class EffectiveControls implements Serializable {
    private static final long serialVersionUID = 3L;

    private final List<Port> ports;
    private Alliance alliance;
    private boolean[] member;
    /** The day the common risk criteria were agreed (they apply from it), or -1 while they are not. */
    private long criteriaSince = -1;
    private long pooledDay = Long.MIN_VALUE;
    /** The members' own capacity over their pooling key: containers screened per keyed container. */
    private double pooledRate;
    /** The members' skill-weighted capacity (capacity x skill) over their pooling key. */
    private double pooledSkillRate;
    /** The members' anti-corruption intensity, weighted by their TEU. */
    private double pooledAntiCorruption;
    /** The highest own profiling skill among the members: what the common risk criteria lead to. */
    private double bestSkill;

    EffectiveControls(List<Port> ports, Alliance alliance) {
        this.ports = ports;
        set(alliance, 0);
    }

    public Alliance alliance() {
        return alliance;
    }

    /** A new alliance policy, from today. */
    private void set(Alliance a, long today) {
        boolean criteria = Boolean.TRUE.equals(a.commonRiskCriteria());
        if (!criteria) {
            criteriaSince = -1;
        } else if (alliance == null || criteriaSince < 0) {
            criteriaSince = today;
        }
        alliance = a;
        member = new boolean[ports.size()];
        for (Port p : ports) {
            member[p.index()] = a.members().contains(p.id());
        }
        changed();
    }

    /** An intervention's change of the alliance, laid over the current settings, from today. */
    void change(Alliance change, long today) {
        set(change.over(alliance), today);
    }

    /** Some port's own controls changed: the pooled figures are computed afresh. */
    void changed() {
        pooledDay = Long.MIN_VALUE;
    }

    public boolean isMember(Port port) {
        return member[port.index()];
    }

    /**
     * Containers per day the port screens: for a member {@code (1-h) c + h R k}, with c its own capacity, k its
     * pooling key (containers a day from Latin America, or all) and R the members' pooled rate.
     */
    public double screeningCapacity(Port port, long today) {
        double own = ownCapacity(port);
        double h = harmonization(port);
        if (h == 0) {
            return own;
        }
        pool(today);
        return (1 - h) * own + h * pooledRate * key(port);
    }

    /**
     * Risk-profiling skill at the port. A member's own skill s is first raised by the common risk criteria, if
     * agreed, to {@code s + (best - s) x progress}; then, with harmonization, it is {@code [(1-h) c s + h S k] /
     * capacity}, with S the members' skill-weighted capacity over their key, so that capacity x skill summed over
     * the members is kept. A member that screens nothing keeps its own skill, which then selects nothing.
     */
    public double profilingSkill(Port port, long today) {
        double own = ownSkill(port, today);
        double h = harmonization(port);
        if (h == 0) {
            return own;
        }
        pool(today);
        double capacity = ownCapacity(port);
        double k = key(port);
        double effective = (1 - h) * capacity + h * pooledRate * k;
        return effective > 0 ? ((1 - h) * capacity * own + h * pooledSkillRate * k) / effective : own;
    }

    /**
     * Anti-corruption intensity at the port: for a member {@code (1-h) a + h A}, with A the members' mean intensity
     * weighted by TEU (a port's workforce grows with its TEU), so TEU x intensity summed over the members is kept.
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

    /** A port's own profiling skill, raised for a member by the common risk criteria as far as adopted today. */
    private double ownSkill(Port port, long today) {
        double own = port.controls().profilingSkill();
        if (criteriaSince < 0 || !isMember(port)) {
            return own;
        }
        pool(today);
        double progress = Math.min(1, (today - criteriaSince + 1) / (double) alliance.criteriaAdoptionDays());
        return own + Math.max(0, bestSkill - own) * progress;
    }

    /** h for members, 0 elsewhere. */
    private double harmonization(Port port) {
        return isMember(port) ? alliance.harmonization() : 0;
    }

    /** What harmonization shares the pooled effort out by. */
    private double key(Port port) {
        return alliance.pooling() == Alliance.Pooling.CONTAINERS ? port.containersPerDay() : port.latamContainersPerDay();
    }

    private void pool(long today) {
        if (pooledDay == today) {
            return;
        }
        pooledDay = today;
        double best = 0;
        for (Port p : ports) {
            if (isMember(p)) {
                best = Math.max(best, p.controls().profilingSkill());
            }
        }
        bestSkill = best;
        double capacity = 0;
        double skilled = 0;
        double keyed = 0;
        double teu = 0;
        double teuIntensity = 0;
        double intensity = 0;
        int members = 0;
        for (Port p : ports) {
            if (isMember(p)) {
                double c = ownCapacity(p);
                capacity += c;
                skilled += c * ownSkill(p, today);
                keyed += key(p);
                teu += p.teuMillionsPerYear();
                teuIntensity += p.teuMillionsPerYear() * p.controls().antiCorruption();
                intensity += p.controls().antiCorruption();
                members++;
            }
        }
        pooledRate = keyed > 0 ? capacity / keyed : 0;
        pooledSkillRate = keyed > 0 ? skilled / keyed : 0;
        // members without throughput carry no weight; if none has any, the plain mean
        pooledAntiCorruption = teu > 0 ? teuIntensity / teu : members > 0 ? intensity / members : 0;
    }

    private static double ownCapacity(Port port) {
        return port.controls().ownCapacityPerDay(port.containersPerDay());
    }
}
