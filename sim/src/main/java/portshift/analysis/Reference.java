package portshift.analysis;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What an experiment's displacement measures refer to, the same for every scenario it compares: the
 * alliance (every port that is a member in any compared scenario, at the start or after an
 * intervention) and the country of each port.
 *
 * @param alliance  port ids of the reference alliance
 * @param countries ISO country code by port id
 */
public record Reference(Set<String> alliance, Map<String, String> countries) {
    public Reference {
        alliance = Set.copyOf(alliance);
        countries = Map.copyOf(countries);
    }

    /** The ports of a country, by ISO code. */
    public Set<String> portsOf(String country) {
        Set<String> out = new TreeSet<>();
        countries.forEach((port, c) -> {
            if (c.equals(country)) {
                out.add(port);
            }
        });
        return out;
    }

    /** The ports of any of the countries given. */
    public Set<String> portsOf(String... countries) {
        Set<String> out = new TreeSet<>();
        for (String c : countries) {
            out.addAll(portsOf(c));
        }
        return out;
    }
}
