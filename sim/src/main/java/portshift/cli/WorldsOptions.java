package portshift.cli;

import java.nio.file.Path;

import picocli.CommandLine.Option;

/** The options of compare, batch and explore that answer over the worlds a history match kept. */
final class WorldsOptions {
    @Option(names = "--worlds", paramLabel = "FILE", description = "run every policy in every world of FILE (the "
            + "worlds.csv of 'portshift match'), replication r sharing a seed across the policies within a world, and "
            + "answer over the worlds: the mean difference with its 95%% CI across them, the share of worlds where each "
            + "policy does better, regret, PRIM within the worlds, and a forecast per port and year (forecast.csv)")
    Path worlds;

    @Option(names = "--change-from", paramLabel = "YEAR", description = "with --worlds: also the change per port from "
            + "YEAR to the next year, world by world, with its 5-95%% interval over the worlds (change.csv)")
    Integer changeFrom;

    /** Whether the answer is over worlds. */
    boolean given() {
        return worlds != null;
    }

    /** --change-from needs --worlds. */
    void check() {
        if (changeFrom != null && worlds == null) {
            throw new portshift.scenario.ScenarioException("--change-from: forecasts the change over the worlds of a "
                    + "match; give it with --worlds FILE");
        }
    }
}
