package portshift.scenario;

import java.util.Collection;
import java.util.Locale;

/**
 * "Did you mean" hints for misspelled keys and ids. The cost of one hint is bounded whatever the file
 * holds: text longer than {@link #MAX_LENGTH} gets no hint, at most {@link #MAX_CANDIDATES} known
 * names are compared, and each comparison stops as soon as it cannot beat the best so far.
 */
public final class Suggest {
    /** Longest key or id that gets a hint; ids and field names are a few dozen characters at most. */
    static final int MAX_LENGTH = 64;
    /** Most known names compared for one hint. */
    static final int MAX_CANDIDATES = 1_000;

    private Suggest() {
    }

    /** A hint such as {@code " (did you mean ANTWERP?)"}, or empty when nothing is close. */
    public static String didYouMean(String given, Collection<String> known) {
        if (given == null || given.length() > MAX_LENGTH) {
            return "";
        }
        String upper = given.toUpperCase(Locale.ROOT);
        String best = null;
        int bestDistance = Math.max(2, given.length() / 3) + 1;
        int compared = 0;
        for (String k : known) {
            if (compared++ == MAX_CANDIDATES) {
                break;
            }
            if (k == null || Math.abs(k.length() - given.length()) >= bestDistance) {
                continue;
            }
            int d = distance(upper, k.toUpperCase(Locale.ROOT), bestDistance - 1);
            if (d < bestDistance) {
                bestDistance = d;
                best = k;
            }
        }
        return best != null ? " (did you mean " + best + "?)" : "";
    }

    /**
     * Levenshtein edit distance when it is at most {@code max}, else {@code max + 1}: only the band of
     * cells within {@code max} of the diagonal is computed, and it stops once a whole row exceeds max.
     */
    static int distance(String a, String b, int max) {
        int over = max + 1;
        if (Math.abs(a.length() - b.length()) > max) {
            return over;
        }
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = Math.min(j, over);
        }
        for (int i = 1; i <= a.length(); i++) {
            int from = Math.max(1, i - max);
            int to = Math.min(b.length(), i + max);
            cur[0] = Math.min(i, over);
            if (from > 1) {
                cur[from - 1] = over;
            }
            int rowMin = cur[0];
            for (int j = from; j <= to; j++) {
                int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                int up = j <= i - 1 + max ? prev[j] + 1 : over;
                cur[j] = Math.min(over, Math.min(sub, Math.min(up, cur[j - 1] + 1)));
                rowMin = Math.min(rowMin, cur[j]);
            }
            if (to < b.length()) {
                cur[to + 1] = over;
            }
            if (rowMin >= over) {
                return over;
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return Math.min(prev[b.length()], over);
    }
}
