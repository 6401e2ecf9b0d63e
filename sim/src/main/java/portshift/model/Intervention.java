package portshift.model;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A dated change of levers: from its day on, the given ports' controls, the screening rules and the
 * alliance change, and a one-off intelligence shock can expose a share of the insiders at some ports.
 * Null fields leave things as they are.
 *
 * @param day              the day it takes effect (0 = the start date)
 * @param label            what it is, in the user's words
 * @param ports            per port id, the controls that change
 * @param riskCountries    the new list of risk countries, or null
 * @param riskCountryFirst the new "screen every risk container first" rule, or null
 * @param alliance         the alliance's new settings, or null
 * @param exposePorts      ports whose insiders are exposed at once
 * @param exposeShare      share of those insiders exposed, in [0, 1]
 */
public record Intervention(long day, String label, Map<String, ControlsChange> ports, Set<String> riskCountries,
                           Boolean riskCountryFirst, AllianceChange alliance, List<String> exposePorts,
                           double exposeShare) implements Serializable {
    public Intervention {
        ports = Map.copyOf(ports);
        exposePorts = List.copyOf(exposePorts);
        riskCountries = riskCountries == null ? null : Set.copyOf(riskCountries);
        PortControls.require(day >= 0, "an intervention's day must be >= 0");
        PortControls.require(PortControls.unit(exposeShare), "exposeShare must be in [0, 1]");
    }

    /** Ports whose own controls this intervention changes, sorted. */
    public List<String> portIds() {
        return ports.keySet().stream().sorted().toList();
    }

    /** A partial change of the alliance: null fields stay as they are. */
    public record AllianceChange(Set<String> members, Double harmonization, Boolean sharedIntelligence,
                                 Double standardProfilingSkill, Double standardAntiCorruption) implements Serializable {
        public AllianceChange {
            members = members == null ? null : Set.copyOf(members);
        }

        public Alliance applyTo(Alliance a) {
            return new Alliance(members != null ? members : a.members(),
                    harmonization != null ? harmonization : a.harmonization(),
                    sharedIntelligence != null ? sharedIntelligence : a.sharedIntelligence(),
                    standardProfilingSkill != null ? standardProfilingSkill : a.standardProfilingSkill(),
                    standardAntiCorruption != null ? standardAntiCorruption : a.standardAntiCorruption());
        }
    }
}
