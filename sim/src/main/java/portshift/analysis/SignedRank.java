package portshift.analysis;

import java.util.Arrays;

import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * Wilcoxon's signed-rank test of paired differences against a centre of 0, two-sided. Differences of zero are
 * dropped (Wilcoxon's own rule); equal absolute differences share their mean rank. Up to {@link #EXACT_UP_TO}
 * non-zero differences the p-value is exact: the distribution of the positive ranks' sum when each difference's sign
 * is + or - with even odds, worked out over the ranks as they are, ties included (half ranks are doubled to whole
 * numbers). Beyond that, the normal approximation, its variance reduced for ties and a continuity correction of 1/2.
 * Commons Math's own test is not used: it ranks the zeros, ignores ties in its exact p-value and enumerates every sign
 * pattern, which is slow at 30 pairs.
 */
final class SignedRank {
    /** The most non-zero differences given an exact p-value; the normal approximation is close beyond it. */
    static final int EXACT_UP_TO = 50;

    private SignedRank() {
    }

    /**
     * @param differences the paired differences
     * @param tolerance   differences (or absolute differences) closer than this are equal: values read from files
     *                    with six decimals leave rounding in their differences, which must not break a tie
     * @return the two-sided p-value; 1 when no difference is non-zero
     */
    static double p(double[] differences, double tolerance) {
        double[] nonZero = Arrays.stream(differences).filter(d -> Math.abs(d) > tolerance).toArray();
        int n = nonZero.length;
        if (n == 0) {
            return 1;
        }
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (x, y) -> Double.compare(Math.abs(nonZero[x]), Math.abs(nonZero[y])));
        int[] doubledRank = new int[n];
        double tieSum = 0;
        for (int start = 0; start < n; ) {
            int end = start;
            while (end + 1 < n && Math.abs(nonZero[order[end + 1]]) - Math.abs(nonZero[order[start]]) <= tolerance) {
                end++;
            }
            // ranks start + 1 .. end + 1 share their mean; doubled, it is a whole number
            for (int k = start; k <= end; k++) {
                doubledRank[order[k]] = start + end + 2;
            }
            int t = end - start + 1;
            tieSum += (double) t * t * t - t;
            start = end + 1;
        }
        int positive = 0;
        for (int i = 0; i < n; i++) {
            if (nonZero[i] > 0) {
                positive += doubledRank[i];
            }
        }
        return n <= EXACT_UP_TO ? exact(doubledRank, positive) : approximate(n, positive / 2.0, tieSum);
    }

    /** Twice the smaller tail of the exact distribution of the doubled positive rank sum, at most 1. */
    private static double exact(int[] doubledRank, int observed) {
        int max = Arrays.stream(doubledRank).sum();
        double[] probability = new double[max + 1];
        probability[0] = 1;
        int reached = 0;
        for (int r : doubledRank) {
            reached += r;
            for (int s = reached; s >= 0; s--) {
                probability[s] = 0.5 * (probability[s] + (s >= r ? probability[s - r] : 0));
            }
        }
        double lower = 0;
        double upper = 0;
        for (int s = 0; s <= max; s++) {
            if (s <= observed) {
                lower += probability[s];
            }
            if (s >= observed) {
                upper += probability[s];
            }
        }
        return Math.min(1, 2 * Math.min(lower, upper));
    }

    /** The normal approximation with the tie correction of the variance and a continuity correction. */
    private static double approximate(int n, double positive, double tieSum) {
        double mean = n * (n + 1) / 4.0;
        double variance = n * (n + 1) * (2.0 * n + 1) / 24 - tieSum / 48;
        double z = Math.max(0, Math.abs(positive - mean) - 0.5) / Math.sqrt(variance);
        return Math.min(1, 2 * new NormalDistribution().cumulativeProbability(-z));
    }
}
