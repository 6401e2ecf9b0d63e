package portshift.model;

import java.io.Serializable;
import java.util.Set;

/**
 * Europe-wide risk-profiling rules applied at import ports.
 *
 * @param riskCountries    ISO codes of countries whose containers are risk-profiled
 * @param riskCountryFirst "screen every container from a risk country": risk containers take the
 *                         screening capacity first, before any other
 */
public record ScreeningRules(Set<String> riskCountries, boolean riskCountryFirst) implements Serializable {
    public ScreeningRules {
        riskCountries = Set.copyOf(riskCountries);
    }

    public boolean isRisk(String country) {
        return riskCountries.contains(country);
    }
}
