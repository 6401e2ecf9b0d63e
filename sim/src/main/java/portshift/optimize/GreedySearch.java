package portshift.optimize;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The search for an allocation: marginal allocation in steps, then moves of one lot. The scanners and
 * the officers are cut into a few lots (whole scanners, whole officers); at each step every candidate
 * port is tried for the next lot, on the same seeds, and the lot goes where the objective is best,
 * among the allocations within the delay bound if one is set. Lots of scanners and of officers
 * alternate, so that a port can get both. Marginal allocation is how budgets of effort are usually
 * spread when the returns of each port fall as it gets more; here the returns are measured with the
 * organisations' response included, one lot at a time. Because a port can pay more with two lots than
 * twice one, the best allocation found (the baselines included) is then improved by moving one lot at a
 * time to where it does most ({@link #improve}). It is a heuristic: it finds a good allocation, not a
 * proven optimum.
 */
public final class GreedySearch {
    private final Evaluator evaluator;
    private final Objective objective;
    private final double maxDelay;
    private final Map<Allocation, Evaluation> evaluated = new LinkedHashMap<>();
    private final java.util.Set<Allocation> searched = new java.util.HashSet<>();

    /**
     * @param maxDelay the bound on delay to legitimate trade, k container-hours a year (infinite: none)
     */
    public GreedySearch(Evaluator evaluator, Objective objective, double maxDelay) {
        this.evaluator = evaluator;
        this.objective = objective;
        this.maxDelay = maxDelay;
    }

    /** Whole lots of a count: at most {@code lots} of them, as even as they can be, largest first. */
    public static int[] lots(int count, int lots) {
        int n = Math.min(count, lots);
        int[] out = new int[n];
        for (int i = 0; i < n; i++) {
            out[i] = count / n + (i < count % n ? 1 : 0);
        }
        return out;
    }

    /** The lots in the order given out: scanners and officers alternating, scanners first. */
    static List<int[]> steps(int scanners, int officers, int lots) {
        int[] s = lots(scanners, lots);
        int[] o = lots(officers, lots);
        List<int[]> out = new ArrayList<>();
        for (int i = 0; i < Math.max(s.length, o.length); i++) {
            if (i < s.length) {
                out.add(new int[] {s[i], 0});
            }
            if (i < o.length) {
                out.add(new int[] {0, o[i]});
            }
        }
        return out;
    }

    /**
     * Runs the search from nothing added.
     *
     * @param progress told the allocation chosen after each step
     * @return the allocation reached
     */
    public Allocation run(List<String> ports, int scanners, int officers, int lots,
                          java.util.function.Consumer<String> progress) {
        Allocation current = Allocation.none(ports);
        for (int[] lot : steps(scanners, officers, lots)) {
            List<Allocation> tries = new ArrayList<>();
            for (int i = 0; i < ports.size(); i++) {
                tries.add(current.plus(i, lot[0], lot[1]));
            }
            searched.addAll(tries);
            List<Evaluation> results = evaluate(tries);
            Evaluation best = best(results);
            current = best.allocation();
            progress.accept(String.format(java.util.Locale.ROOT, "%s -> %s (%s %.4g)", lot[0] > 0
                    ? "+" + lot[0] + " scanners" : "+" + lot[1] + " officers", current.label(),
                    objective.outcome().column(), best.meanOutcome()));
        }
        return current;
    }

    /**
     * Improves an allocation by moving one lot at a time: every move of a lot of scanners, or of
     * officers, from a port that has one to any other candidate is tried on the same seeds, and the
     * best move is made if it improves the score, for at most the given rounds.
     *
     * @return the allocation reached
     */
    public Allocation improve(Allocation start, int scannerLot, int officerLot, int rounds,
                              java.util.function.Consumer<String> progress) {
        Evaluation current = evaluate(List.of(start)).get(0);
        for (int round = 0; round < rounds; round++) {
            List<Allocation> moves = moves(current.allocation(), scannerLot, officerLot);
            if (moves.isEmpty()) {
                break;
            }
            searched.addAll(moves);
            List<Evaluation> tried = new ArrayList<>(evaluate(moves));
            tried.add(0, current);
            Evaluation best = best(tried);
            if (best == current) {
                progress.accept("no move of one lot improves " + current.allocation().label());
                break;
            }
            current = best;
            progress.accept(String.format(java.util.Locale.ROOT, "moved a lot -> %s (%s %.4g)",
                    current.allocation().label(), objective.outcome().column(), current.meanOutcome()));
        }
        return current.allocation();
    }

    /** Every allocation one lot away: a lot of scanners, or of officers, moved from one candidate to another. */
    static List<Allocation> moves(Allocation a, int scannerLot, int officerLot) {
        List<Allocation> out = new ArrayList<>();
        int n = a.ports().size();
        for (int from = 0; from < n; from++) {
            for (int to = 0; to < n; to++) {
                if (from == to) {
                    continue;
                }
                if (scannerLot > 0 && a.scanners()[from] >= scannerLot) {
                    out.add(a.plus(from, -scannerLot, 0).plus(to, scannerLot, 0));
                }
                if (officerLot > 0 && a.officers()[from] >= officerLot) {
                    out.add(a.plus(from, 0, -officerLot).plus(to, 0, officerLot));
                }
            }
        }
        return out;
    }

    /** Evaluates allocations and remembers them. */
    public List<Evaluation> evaluate(List<Allocation> allocations) {
        List<Evaluation> out = evaluator.evaluate(allocations);
        for (Evaluation e : out) {
            evaluated.putIfAbsent(e.allocation(), e);
        }
        return out;
    }

    /** The best of the evaluations within the delay bound (or, if none is, the one with the least delay). */
    public Evaluation best(List<Evaluation> results) {
        List<Evaluation> feasible = results.stream().filter(this::feasible).toList();
        if (feasible.isEmpty()) {
            return results.stream().min(Comparator.comparingDouble(Evaluation::meanDelay)).orElseThrow();
        }
        // ties go to the first tried, so that the search is the same whatever the thread count
        Evaluation best = feasible.get(0);
        for (Evaluation e : feasible) {
            if (objective.score(e.objective()) < objective.score(best.objective())) {
                best = e;
            }
        }
        return best;
    }

    /** Whether the search's steps tried this allocation (not only the baselines). */
    public boolean searched(Allocation a) {
        return searched.contains(a);
    }

    public boolean feasible(Evaluation e) {
        return e.meanDelay() <= maxDelay;
    }

    /** Every allocation evaluated, in the order first evaluated. */
    public List<Evaluation> evaluated() {
        return List.copyOf(evaluated.values());
    }
}
