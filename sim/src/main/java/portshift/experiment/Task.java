package portshift.experiment;

import portshift.model.ModelConfig;

/**
 * One run of a batch: a scenario (or sweep variant), a replication and its seed.
 *
 * @param index          position in the batch; results are always written in this order
 * @param scenarioSha256 the hash of the scenario (or variant) as merged, which the run's shards record
 */
public record Task(int index, ModelConfig config, int replication, long seed, String scenarioSha256) {

    /** A file-name-safe key, unique within the batch. */
    public String key() {
        return String.format("%05d-r%03d", index, replication);
    }
}
