package portshift.explore;

import org.apache.commons.math3.random.MersenneTwister;
import org.apache.commons.math3.random.RandomGenerator;

/**
 * A Latin hypercube design: n points in [0, 1)^k such that, in every dimension, each of the n equal strata holds
 * exactly one point, placed at random within it (McKay, Beckman and Conover 1979). The same seed gives the same points.
 */
public final class LatinHypercube {
    private LatinHypercube() {
    }

    /** Points[i][j]: point i's share along dimension j. */
    public static double[][] sample(int n, int k, long seed) {
        if (n < 1 || k < 0) {
            throw new IllegalArgumentException("expected n >= 1 and k >= 0, found " + n + " and " + k);
        }
        RandomGenerator random = new MersenneTwister(seed);
        double[][] points = new double[n][k];
        for (int j = 0; j < k; j++) {
            int[] strata = permutation(n, random);
            for (int i = 0; i < n; i++) {
                points[i][j] = (strata[i] + random.nextDouble()) / n;
            }
        }
        return points;
    }

    /** 0 to n - 1 in a random order, every order equally likely (Fisher-Yates). */
    static int[] permutation(int n, RandomGenerator random) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int swap = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[swap];
            order[swap] = t;
        }
        return order;
    }
}
