package portshift.model;

import java.io.Serializable;
import java.util.List;

/**
 * Europe-wide risk-profiling rules applied at import ports, as a scenario writes them under
 * {@code screening:} or in an intervention (where a null field leaves the current rule as it is).
 */
public record ScreeningRules(
        @Doc(value = "ISO codes of countries whose containers are risk-profiled in European ports", required = true)
        List<String> riskCountries,
        @Doc(value = "screen every container from a risk country before any other", required = true)
        Boolean riskCountryFirst) implements Serializable {

    /** This change applied to the current rules: fields left null keep their current value. */
    public ScreeningRules over(ScreeningRules current) {
        return new ScreeningRules(riskCountries != null ? riskCountries : current.riskCountries,
                riskCountryFirst != null ? riskCountryFirst : current.riskCountryFirst);
    }
}
