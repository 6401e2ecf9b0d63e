package portshift.analysis;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One run's outcomes with the replication and the seed it ran with: what pairs a run of scenario A with the run of
 * scenario B that shared its seed.
 *
 * @param values the run's outcomes, in the order of their declaration
 */
public record RunOutcomes(int replication, long seed, Map<Metric, Double> values) {
    public RunOutcomes {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }
}
