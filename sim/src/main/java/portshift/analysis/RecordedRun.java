package portshift.analysis;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import portshift.observe.PortMonth;

/**
 * A run as comparisons read it: the values of its outcomes that runs.csv records, and its monthly
 * port rows. Comparisons read them as recorded, so that a resumed batch and an uninterrupted one
 * compare the same numbers.
 *
 * @param recorded the value of each outcome runs.csv records
 */
public record RecordedRun(Map<Outcome, Double> recorded, List<PortMonth> ports) {
    public RecordedRun {
        recorded = Map.copyOf(recorded);
        ports = List.copyOf(ports);
    }

    /** A run's values as computed, before they are written. */
    public static RecordedRun of(RunSummary summary, List<PortMonth> ports) {
        Map<Outcome, Double> recorded = new EnumMap<>(Outcome.class);
        for (Outcome o : Outcome.recordedInRuns()) {
            recorded.put(o, o.of(summary));
        }
        return new RecordedRun(recorded, ports);
    }
}
