package portshift.optimize;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The allocations that no other evaluated allocation beats on both the objective and the delay to
 * legitimate trade: the trade-off a planner chooses along. It is the front of the allocations the
 * search evaluated, an approximation of the true front.
 */
public final class ParetoFront {
    private ParetoFront() {
    }

    /** The non-dominated evaluations, from the least delay to the most. */
    public static List<Evaluation> of(List<Evaluation> all, Objective objective) {
        List<Evaluation> front = new ArrayList<>();
        for (Evaluation e : all) {
            boolean dominated = false;
            for (Evaluation o : all) {
                if (o != e && dominates(o, e, objective)) {
                    dominated = true;
                    break;
                }
            }
            if (!dominated) {
                front.add(e);
            }
        }
        front.sort(Comparator.comparingDouble(Evaluation::meanDelay).thenComparing(e -> e.allocation().key()));
        return front;
    }

    static boolean dominates(Evaluation a, Evaluation b, Objective objective) {
        double sa = objective.score(a.objective());
        double sb = objective.score(b.objective());
        return sa <= sb && a.meanDelay() <= b.meanDelay() && (sa < sb || a.meanDelay() < b.meanDelay());
    }
}
