package portshift.optimize;

import java.nio.file.Path;
import java.util.List;

import portshift.scenario.LoadedScenario;

/**
 * What an optimization is asked, checked and fixed before it starts: what to place and where, how allocations are
 * judged, how the search runs, and where it writes. The command line checks each value against its range and says
 * what is wrong in one line; the checks here only guard what the search relies on.
 *
 * @param input   the scenario the allocation is added to
 * @param dir     the output folder (made when the search starts)
 * @param resume  whether to reuse the runs kept in the folder (the same search only)
 * @param threads worker threads for the runs
 */
public record OptimizeRequest(LoadedScenario input, Budget budget, Judging judging, Search search, Path dir,
                              boolean resume, int threads) {
    public OptimizeRequest {
        if (threads < 1) {
            throw new IllegalArgumentException("at least one thread expected, found " + threads);
        }
    }

    /**
     * What is placed, and where: whole scanners and officers over the candidate ports.
     *
     * @param candidates the candidate ports' ids, in the order allocations list them
     */
    public record Budget(List<String> candidates, int scanners, int officers) {
        public Budget {
            candidates = List.copyOf(candidates);
            if (candidates.isEmpty() || scanners < 0 || officers < 0 || scanners + officers == 0) {
                throw new IllegalArgumentException("expected candidates and something to place, found " + candidates
                        + ", " + scanners + " scanners and " + officers + " officers");
            }
        }

        /** Whether an allocation spends the whole budget (the search's earlier steps spend part of it). */
        public boolean spentBy(Allocation a) {
            return a.totalScanners() == scanners && a.totalOfficers() == officers;
        }
    }

    /**
     * How allocations are judged.
     *
     * @param robust   whether over a Latin hypercube of the scenario's declared uncertainties, not at its own point
     * @param points   the hypercube's points, with robust
     * @param maxDelay the bound on delay to legitimate trade, k container-hours a year (infinite: none)
     * @param pareto   whether to report the front of the objective against the delay
     */
    public record Judging(Objective objective, boolean robust, int points, double maxDelay, boolean pareto) {
        public Judging {
            if (robust && points < 2 || !(maxDelay >= 0)) {
                throw new IllegalArgumentException("expected at least 2 points and a delay bound >= 0, found "
                        + points + " and " + maxDelay);
            }
        }
    }

    /**
     * How the search runs.
     *
     * @param replications replications per allocation in the search, on the seeds seed + r
     * @param lots         lots the scanners, and the officers, are given out in
     * @param rounds       rounds of moving one lot
     * @param confirm      replications of the optimum and the baselines on fresh seeds
     * @param seed         the base seed
     */
    public record Search(int replications, int lots, int rounds, int confirm, long seed) {
        public Search {
            if (replications < 2 || lots < 1 || rounds < 0 || confirm < 2) {
                throw new IllegalArgumentException("expected 2 replications, a lot, no negative rounds and 2 fresh "
                        + "replications at least, found " + replications + ", " + lots + ", " + rounds + ", " + confirm);
            }
        }
    }
}
