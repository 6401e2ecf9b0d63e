package portshift.model;

import java.util.Arrays;

/** Whole units shared out in proportion to weights: each gets the floor of its share, the rest go to the largest remainders. */
public final class LargestRemainders {
    private LargestRemainders() {
    }

    /** Whole counts summing to the total, in proportion to the weights (ties, and all-zero weights, to the first). */
    public static int[] of(int total, double[] weights) {
        double sum = Arrays.stream(weights).sum();
        int[] out = new int[weights.length];
        double[] rest = new double[weights.length];
        int given = 0;
        for (int i = 0; i < weights.length; i++) {
            double exact = sum > 0 ? total * weights[i] / sum : 0;
            out[i] = (int) Math.floor(exact);
            rest[i] = exact - out[i];
            given += out[i];
        }
        while (given < total) {
            int k = 0;
            for (int i = 1; i < rest.length; i++) {
                if (rest[i] > rest[k]) {
                    k = i;
                }
            }
            out[k]++;
            rest[k] = -1;
            given++;
        }
        return out;
    }
}
