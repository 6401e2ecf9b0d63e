package portshift.model;

/**
 * How customs spread a day's screening capacity over the containers that arrive, by risk class.
 * Each class has a flow (containers per day) and a weight (its selection lift). Capacity goes to
 * containers in proportion to weight; a class whose share would pass 100% is screened entirely and
 * the rest of the capacity is spread over the others ("water filling").
 */
public final class Selection {
    private Selection() {
    }

    /**
     * @param capacity containers per day that can be screened
     * @param flows    containers per day in each class
     * @param weights  selection weight of one container of each class (> 0)
     * @return the probability that a container of each class is screened
     */
    public static double[] probabilities(double capacity, double[] flows, double[] weights) {
        double[] p = new double[flows.length];
        probabilities(capacity, flows, weights, p, new boolean[flows.length]);
        return p;
    }

    /** The same into p, with full as working space: customs plan every port every day and keep both. */
    static void probabilities(double capacity, double[] flows, double[] weights, double[] p, boolean[] full) {
        int n = flows.length;
        java.util.Arrays.fill(p, 0);
        java.util.Arrays.fill(full, false);
        double left = Math.max(0, capacity);
        boolean changed = true;
        while (changed) {
            changed = false;
            double weighted = 0;
            for (int k = 0; k < n; k++) {
                if (!full[k]) {
                    weighted += flows[k] * weights[k];
                }
            }
            if (weighted <= 0) {
                break;
            }
            double perWeight = left / weighted;
            for (int k = 0; k < n; k++) {
                if (!full[k] && flows[k] > 0 && perWeight * weights[k] >= 1) {
                    full[k] = true;
                    p[k] = 1;
                    left -= flows[k];
                    changed = true;
                }
            }
            if (!changed) {
                for (int k = 0; k < n; k++) {
                    if (!full[k]) {
                        p[k] = perWeight * weights[k];
                    }
                }
            }
        }
    }
}
