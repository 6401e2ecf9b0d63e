package portshift.cli;

import picocli.CommandLine.Option;

/** The seed of the single run that run and gui start. */
final class RandomSeed {
    @Option(names = "--seed", defaultValue = "1", description = "random seed (default: ${DEFAULT-VALUE})")
    long seed;
}
